package waypoint.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import waypoint.demo.DemoAccounts;
import waypoint.shared.calendar.BankHolidayUploadTest;
import waypoint.support.BrowserJourney;

class BankHolidaysAndAuditTrailJourneyTest extends BrowserJourney {

    @Test
    void an_administrator_replaces_the_bank_holidays_and_finds_the_change_in_the_audit_trail() throws Exception {
        Path files = Files.createTempDirectory("bank-holidays");
        Path broken = Files.writeString(files.resolve("broken-bank-holidays.json"),
                "{\"england-and-wales\": {\"events\": [{\"title\": \"New Year’s Day\", \"date\": \"2028-02-30\"}]}}");
        String validName = "bank-holidays-" + UUID.randomUUID().toString().substring(0, 8) + ".json";
        Path valid = files.resolve(validName);
        Files.write(valid, BankHolidayUploadTest.shippedFile());

        // given an administrator on the calendar page
        signInAs(DemoAccounts.ADMIN);
        visit("/admin/calendar");
        assertThat(page.locator("h1")).hasText("Bank holidays and working days");

        // when they upload a broken bank holidays file
        page.getByLabel("Bank holidays file (JSON)").setInputFiles(broken);
        button("Upload file").click();

        // then they see what is wrong in the error summary, and the file in use stays
        assertThat(page.locator(".govuk-error-summary")).containsText("must have a real date in the format YYYY-MM-DD");
        assertThat(page.locator("#source")).not().containsText("broken-bank-holidays.json");
        assertAccessible();

        // when they upload a valid file
        page.getByLabel("Bank holidays file (JSON)").setInputFiles(valid);
        button("Upload file").click();

        // then the page says so and shows the uploaded file as the source in use
        assertThat(page.locator(".govuk-notification-banner")).containsText("Bank holidays file uploaded");
        assertThat(page.locator("#source")).containsText(validName);
        assertThat(page.locator("#source")).containsText(DemoAccounts.ADMIN.email());
        assertAccessible();

        // when they open the audit trail and filter by action and record type
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")).click();
        assertAccessible();
        page.getByLabel("Action").selectOption("CREATED");
        page.getByLabel("Record type").fill("Bank holidays file");
        button("Apply filters").click();

        // then the newest entry is their upload, with who made it
        assertThat(page.locator("#audit-entries tbody tr").first()).containsText(validName);
        assertThat(page.locator("#audit-entries tbody tr").first()).containsText(DemoAccounts.ADMIN.displayName());
        assertThat(page.getByLabel("Action")).hasValue("CREATED");
        assertAccessible();
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
