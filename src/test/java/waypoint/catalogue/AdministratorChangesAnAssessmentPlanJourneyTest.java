package waypoint.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.catalogue.internal.StandardImporter;
import waypoint.demo.DemoAccounts;
import waypoint.support.BrowserJourney;

class AdministratorChangesAnAssessmentPlanJourneyTest extends BrowserJourney {

    @Autowired
    StandardImporter importer;

    @Test
    void an_administrator_records_methods_a_complete_grading_table_a_gateway_item_a_cadence_and_missing_ksb_text() {
        // given a newly imported standard with no assessment plan and a skill whose text is missing
        String reference = TestStandardFiles.newReference();
        importer.importFile(TestStandardFiles.ADMINISTRATOR, """
                {"referenceNumber": "%s", "title": "Plan journey", "level": 3, "version": "1.0",
                 "knowledges": [{"knowledgeId": "k1", "detail": "Knows things"}],
                 "skills": [{"skillId": "s1", "detail": "Does things"}, {"skillId": "s2"}]}
                """.formatted(reference));
        signInAs(DemoAccounts.ADMIN);
        visit("/standards/" + reference);
        assertThat(page.locator("main")).containsText("No end-point assessment methods are recorded for this version.");

        // when they add a method that names a KSB the standard does not have
        click("Change end-point assessment methods");
        fillMethod(0, "Observation", "Fail, Pass, Distinction", "K1, S9");
        save("Save methods");
        // then they are told which code is wrong, and what they typed is kept
        assertThat(page.locator(".govuk-error-summary")).containsText("S9 is not a KSB of " + reference + " v1.0");
        assertThat(page.locator("#methods-0-name")).hasValue("Observation");

        // when they correct it, and add a second method
        page.locator("#methods-0-assessedKsbs").fill("K1, S1");
        save("Save methods");
        assertThat(page.locator(".govuk-notification-banner")).containsText("End-point assessment methods saved");
        click("Change end-point assessment methods");
        fillMethod(1, "Discussion", "Fail, Pass, Distinction", "");
        save("Save methods");

        // when they fill in the grading table but leave one combination out
        click("Change grading table");
        page.locator("#overallGrades").fill("Fail, Pass, Merit, Distinction");
        Map<String, String> table = new LinkedHashMap<>();
        table.put("Observation: Fail + Discussion: Fail", "Fail");
        table.put("Observation: Fail + Discussion: Pass", "Fail");
        table.put("Observation: Fail + Discussion: Distinction", "Fail");
        table.put("Observation: Pass + Discussion: Fail", "Fail");
        table.put("Observation: Pass + Discussion: Pass", "Pass");
        table.put("Observation: Distinction + Discussion: Fail", "Fail");
        table.put("Observation: Distinction + Discussion: Pass", "Merit");
        table.put("Observation: Distinction + Discussion: Distinction", "Distinction");
        table.forEach((combination, grade) -> page.getByLabel("Overall grade for " + combination).selectOption(grade));
        save("Save grading table");
        // then the table is refused with the missing combination listed
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("The table does not cover Observation: Pass + Discussion: Distinction");

        // when they choose it too
        page.getByLabel("Overall grade for Observation: Pass + Discussion: Distinction").selectOption("Merit");
        save("Save grading table");
        // then the standard shows the complete table
        assertThat(page.locator(".govuk-notification-banner")).containsText("Grading table saved");
        assertThat(page.locator("#grading-table")).containsText("Merit");
        assertThat(page.locator("main")).not().containsText("The grading table is not complete");

        // when they add a gateway item and a cadence
        click("Change gateway checklist");
        page.locator("#items-0-kind").selectOption("EMPLOYER_CONFIRMATION");
        page.locator("#items-0-description").fill("The employer confirms the apprentice is ready");
        save("Save checklist");
        assertThat(page.locator("#gateway-table")).containsText("The employer confirms the apprentice is ready");
        click("Change delivery cadence");
        page.getByLabel("Most weeks between sessions").fill("five");
        save("Save cadence");
        assertThat(page.locator(".govuk-error-summary")).containsText("must be a whole number");
        page.getByLabel("Most weeks between sessions").fill("5");
        save("Save cadence");
        assertThat(page.locator("#cadence-list")).containsText("At least one session every 5 weeks");

        // when they add the missing text of S2
        click("Add text for S2");
        save("Save text");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the text of S2");
        page.getByLabel("S2 text").fill("Explains things");
        save("Save text");
        // then the standard shows it
        assertThat(page.locator("#ksbs-skill-table")).containsText("Explains things");
        assertThat(page.locator("#ksbs-skill-table")).not().containsText("Text not yet recorded");
    }

    private void fillMethod(int row, String name, String grades, String ksbs) {
        page.locator("#methods-" + row + "-name").fill(name);
        page.locator("#methods-" + row + "-grades").fill(grades);
        page.locator("#methods-" + row + "-assessedKsbs").fill(ksbs);
    }

    private void click(String link) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link)).click();
        assertAccessible();
    }

    private void save(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        assertAccessible();
    }
}
