package waypoint.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import waypoint.demo.DemoAccounts;
import waypoint.support.BrowserJourney;

class AdministratorBrowsesAndImportsStandardsJourneyTest extends BrowserJourney {

    @Test
    void an_administrator_reads_a_standard_then_uploads_a_broken_file_and_is_told_which_field_is_wrong() {
        // given the demo administrator, signed in
        signInAs(DemoAccounts.ADMIN);

        // when they open the catalogue from the navigation and search for mentors
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Standards")).click();
        assertAccessible();
        page.getByLabel("Reference or title").fill("mentor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertAccessible();
        // then both mentor standards are listed
        assertThat(page.locator("table")).containsText("Learning and skills mentor");
        assertThat(page.locator("table")).containsText("Learning mentor");

        // when they open the Learning and skills mentor
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ST1379")).click();
        assertAccessible();
        // then they see its knowledge with text, its skills without, and the grading table
        assertThat(page.locator("h1")).hasText("Learning and skills mentor");
        assertThat(page.locator("#ksbs-knowledge-table")).containsText("How to establish and manage a mentoring contract");
        assertThat(page.locator("#ksbs-skill-table")).containsText("Text not yet recorded — import it or add it");
        assertThat(page.locator("#grading-table")).containsText("Merit");
        assertThat(page.locator("#gateway-table")).containsText("Portfolio of evidence submitted");
        assertThat(page.getByText("Minimum off-the-job hours for compliance")).isVisible();
        screenshot("catalogue-st1379");

        // when they upload a file whose second standard has a level in words
        visit("/standards/import");
        page.getByLabel("Standards file (JSON)").setInputFiles(new FilePayload("standards.json", "application/json",
                ("[" + TestStandardFiles.standard(TestStandardFiles.newReference(), "1.0", "Fine") + ","
                        + TestStandardFiles.standard("ST0116", "9.0", "Broken").replace("\"level\": 3", "\"level\": \"four\"")
                        + "]").getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertAccessible();

        // then the error summary names the standard and the field, and nothing was imported
        assertThat(page.locator(".govuk-error-summary")).containsText("ST0116: field 'level' must be a whole number");
        assertThat(page.locator(".govuk-error-summary")).containsText("Nothing was imported");
        screenshot("catalogue-import-refused");
        visit("/standards/ST0116?version=9.0");
        assertThat(page.locator("h1")).containsText("Page not found");
    }

    @Test
    void an_administrator_uploads_a_good_file_and_reads_the_report() {
        String reference = TestStandardFiles.newReference();
        signInAs(DemoAccounts.ADMIN);

        visit("/standards/import");
        page.getByLabel("Standards file (JSON)").setInputFiles(new FilePayload("one.json", "application/json",
                TestStandardFiles.standard(reference, "1.0", "Uploaded standard").getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertAccessible();

        assertThat(page.locator(".govuk-notification-banner")).containsText("Imported 1 standard: " + reference + " v1.0 (new)");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference + " Uploaded standard v1.0")).click();
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Uploaded standard");
    }
}
