package waypoint.epa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.Apprenticeships;
import waypoint.epa.internal.EpaService;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.BrowserJourney;

/**
 * The demo provider's EPA appeal raised through feedback and its apprentice added to the readiness dashboard early, as
 * staff see them, and the EPA settings an administrator changes: each page checked against WCAG 2.2 AA.
 */
class EpaAppealsAndEarlyReadinessJourneyTest extends BrowserJourney {

    @Autowired
    OrganisationImport organisation;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    EpaService epa;
    @Autowired
    UserAccounts accounts;

    UUID apprenticeshipOf(String email) {
        return apprenticeships.ofLearner(organisation.findLearner(email).orElseThrow()).get(0).id().value();
    }

    void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        assertAccessible();
    }

    @Test
    void quality_follows_george_greens_appeal_from_his_gateway_page_to_its_feedback_case() {
        UUID george = apprenticeshipOf("george.green@learners.test");
        var quality = accounts.findByEmail(DemoAccounts.QUALITY.email()).orElseThrow();
        String feedback = epa.view(new CurrentUser(quality.id(), quality.email(), quality.displayName(),
                quality.roles()), new ApprenticeshipId(george)).appeals().get(0).feedbackId().toString();

        signInAs(DemoAccounts.QUALITY);
        visit("/apprenticeships/" + george + "/gateway");
        assertThat(page.locator("main")).containsText("Appeals to the EPAO");
        assertThat(page.locator("main")).containsText("Waiting for the EPAO");
        page.locator("a[href='/feedback/" + feedback + "']").click();
        assertAccessible();
        assertThat(page.locator("main")).containsText("End-point assessment");
        assertThat(page.locator("main")).containsText("See the apprenticeship’s end-point assessment");
    }

    @Test
    void ellis_evans_tutor_sees_him_on_the_dashboard_at_their_request() {
        UUID ellis = apprenticeshipOf("ellis.evans@learners.test");
        String tutor = apprenticeships.find(new ApprenticeshipId(ellis)).map(a -> a.tutorAccountId())
                .flatMap(accounts::find)
                .orElseThrow().email();
        signIn(tutor, DemoAccounts.PASSWORD);
        visit("/gateway");
        assertThat(page.locator("main")).containsText("On the dashboard because");
        // sorted by the end of the practical period, a year away: on a later page when other tests add apprentices
        for (int n = 1; n < 10 && !page.locator("main").textContent().contains("Requested by"); n++) {
            visit("/gateway?page=" + n);
        }
        assertThat(page.locator("main")).containsText("Requested by");
        visit("/apprenticeships/" + ellis + "/gateway");
        assertThat(page.locator("main")).containsText("Yes: requested by");
        assertThat(page.locator("main")).containsText("Take off the readiness dashboard");
    }

    @Test
    void an_administrator_corrects_a_bad_figure_in_the_epa_settings() {
        signInAs(DemoAccounts.ADMIN);
        visit("/gateway");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EPA settings: resits and appeals")).click();
        assertAccessible();
        page.getByLabel("Most times a method may be assessed").fill("0");
        click("Save the settings");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a whole number from 1 to 10");
        page.getByLabel("Most times a method may be assessed").fill("3");
        click("Save the settings");
        assertThat(page.locator("main")).containsText("The EPA settings are saved");
    }
}
