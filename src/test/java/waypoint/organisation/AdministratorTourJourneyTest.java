package waypoint.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.organisation.LearnerId;
import waypoint.support.BrowserJourney;

/** Every organisation page an administrator uses, each checked for accessibility, with and without errors. */
class AdministratorTourJourneyTest extends BrowserJourney {

    @Autowired
    OrganisationImport organisation;
    @Autowired
    waypoint.enrolment.ApprenticeshipImport apprenticeshipImport;

    @Test
    void an_administrator_goes_through_the_records_and_their_forms() {
        // given a learner on the demo tutor's caseload, and the administrator signed in
        Fixtures fixtures = new Fixtures(organisation, apprenticeshipImport);
        EmployerId employer = fixtures.employer();
        LearnerId learner = fixtures.learner(employer, fixtures.contact(employer),
                fixtures.staffOf(DemoAccounts.TUTOR));
        signInAs(DemoAccounts.ADMIN);

        // then the home page counts each record
        assertThat(page.locator("main")).containsText("Across the provider");

        // and the lists, records and forms are accessible, also when a form comes back with errors
        visit("/employers?sort=-funding");
        visit("/employers/" + employer);
        screenshot("employer");
        visit("/employers/" + employer + "/contacts/new");
        submitEmpty();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the contact's full name");
        visit("/employers/new");
        submitEmpty();
        assertThat(page.locator("#funding-error")).containsText("Select whether the employer pays the apprenticeship levy");

        visit("/staff?role=TUTOR");
        screenshot("staff-list");
        visit("/staff/new");
        submitEmpty();
        assertThat(page.locator("#roles-error")).containsText("Select at least one role");

        visit("/epaos");
        visit("/epaos/new");
        page.getByLabel("EPAO ID").fill("EPA12");
        submitEmpty();
        assertThat(page.locator("#epaoId-error")).containsText("like EPA0175");

        visit("/admin/provider");
        visit("/admin/provider/edit");
        page.getByLabel("UKPRN").fill("123");
        submitEmpty();
        assertThat(page.locator("#ukprn-error")).containsText("8 digits");
        visit("/admin/provider/job-titles");
        visit("/admin/provider/planning-policy");
        page.getByLabel("Weeks between progress reviews (optional)").fill("fortnightly");
        submitEmpty();
        assertThat(page.locator("#reviewIntervalWeeks-error")).containsText("whole number");

        visit("/learners?tutor=" + fixtures.staffOf(DemoAccounts.TUTOR));
        screenshot("learners-list");
        visit("/learners/" + learner);
        visit("/learners/" + learner + "/edit");
        visit("/learners/new");
        visit("/learners/" + fixtures.learnerWithoutApprenticeship());
        assertThat(page.locator("main")).containsText("No apprenticeship yet");
        visit("/learners/" + learner + "/declarations");
        assertThat(page.locator(".govuk-warning-text")).containsText("sensitive");
        visit("/learners/" + learner + "/declarations/edit");
        page.getByLabel("Yes").check();
        page.getByLabel("Ethnic group (optional)").selectOption("E42");
        page.getByLabel("Details and support needed (optional)").fill("x".repeat(2001));
        submitEmpty();
        assertThat(page.locator("#healthDetails-error")).containsText("2,000 characters or fewer");
        assertThat(page.getByLabel("Yes")).isChecked();
        page.getByLabel("Details and support needed (optional)").fill("Extra time in tests");
        submitEmpty();
        assertAccessible();
        assertThat(page.locator("main")).containsText("Chinese");
        assertThat(page.locator("main")).containsText("Extra time in tests");
    }

    private void submitEmpty() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertAccessible();
    }
}
