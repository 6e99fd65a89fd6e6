package waypoint.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.support.BrowserJourney;

class AddLearnerJourneyTest extends BrowserJourney {

    @Autowired
    OrganisationImport organisation;

    @Test
    void an_administrator_adds_a_learner_after_correcting_their_uln_and_goes_on_to_record_their_apprenticeship() {
        // given an employer, and the administrator signed in
        String employer = "Journey Works " + Fixtures.unique();
        organisation.employer(new EmployerDetails(employer, null, null, "Leeds", "LS1 1AA", Funding.LEVY));
        String email = "journey-" + Fixtures.unique() + "@example.test";
        signInAs(DemoAccounts.ADMIN);

        // when they start adding a learner: their own details only, who they work with comes with an apprenticeship
        visit("/learners");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a learner")).click();
        assertAccessible();
        assertThat(page.getByLabel("Line manager (optional)")).hasCount(0);

        // and enter the details with a ULN whose check digit is wrong
        page.getByLabel("First name").fill("Grace");
        page.getByLabel("Last name").fill("Hopper");
        page.getByLabel("Day").fill("9");
        page.getByLabel("Month").fill("12");
        page.getByLabel("Year").fill("2006");
        page.getByLabel("Unique learner number (ULN)").fill("1000000063");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Postcode").fill("ls2 7ex");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        // then they see the error summary, the error at the ULN, and what they typed kept
        assertAccessible();
        assertThat(page).hasTitle("Error: Add a learner – Waypoint");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a real ULN");
        assertThat(page.locator("#uln-error")).containsText("Enter a real ULN");
        assertThat(page.getByLabel("Unique learner number (ULN)")).hasValue("1000000063");
        assertThat(page.getByLabel("First name")).hasValue("Grace");
        assertThat(page.getByLabel("Year")).hasValue("2006");
        screenshot("add-learner-error");

        // when they correct the ULN and save
        page.getByLabel("Unique learner number (ULN)").fill(Fixtures.uln());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        // then they see the learner's record
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Grace Hopper");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The learner has been saved");
        assertThat(page.locator(".govuk-summary-list").first()).containsText("9 December 2006");
        assertThat(page.getByText("LS2 7EX")).isVisible();
        // with no apprenticeship yet, and the way to record one
        assertThat(page.locator("#no-apprenticeship")).containsText("No apprenticeship yet");
        screenshot("learner-record");

        // when they follow it
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an apprenticeship for Grace Hopper"))
                .click();
        // then the apprentice is already chosen, and the next question is their employer
        assertAccessible();
        assertThat(page.locator("#learnerId option[selected]")).containsText("Grace Hopper");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Who is their employer?");
        page.locator("#employerId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(employer));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Who is their line manager?");
    }
}
