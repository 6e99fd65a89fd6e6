package waypoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;

class LearnerJourneyTest extends RoleJourney {

    @Autowired
    Learners learners;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;

    @Test
    void a_learner_sees_who_to_contact_opens_their_record_and_only_ever_their_own() {
        // given the demo learner, and another learner on the same tutor's caseload
        LearnerSummary lola = learners.findByAccount(accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow().id())
                .orElseThrow();
        LearnerId someoneElse = organisation.findLearner("amir.ahmed@learners.test").orElseThrow();

        // when she signs in
        signInAs(DemoAccounts.LEARNER);

        // then her home page says who to contact, her tutor and her line manager, and her own details
        assertThat(page.locator("h1")).hasText("Welcome, Lola Learner");
        assertThat(page.locator("main dl").first()).containsText("Taylor Tutor");
        assertThat(page.locator("main dl").first()).containsText("tutor@waypoint.test");
        assertThat(page.locator("main dl").first()).containsText("Erin Employer, Northgate Engineering Ltd");
        assertThat(page.locator("main dl").nth(1)).containsText(lola.uln());
        // and her navigation is her home and her record
        assertNavigation("Home", "My record", "Off-the-job hours", "Portfolio", "Sessions", "Reviews", "Messages", "Feedback and complaints", "Your data", "Policies and handbook");
        screenshot("learner-home");
        lookOnPhone("learner-home-phone");

        // when she opens "My record"
        navigationLink("My record").click();
        assertAccessible();
        // then she sees her own record, with her ULN, and nothing to change or declare from here
        assertThat(page).hasURL(Pattern.compile("/learners/" + lola.id() + "$"));
        assertThat(page.locator("h1")).hasText("Lola Learner");
        assertThat(page.locator("main")).containsText(lola.uln());
        assertThat(button("Change the learner's details")).hasCount(0);

        // when she opens the list of learners
        visit("/learners");
        // then she is taken to her own record instead
        assertThat(page).hasURL(Pattern.compile("/learners/" + lola.id() + "$"));
        assertThat(page.locator("h1")).hasText("Lola Learner");

        // when she opens another learner's record by its address
        visitNotFound("/learners/" + someoneElse);
        assertThat(page.locator("main")).not().containsText("Amir");

        // and the audit trail is not hers to read
        visitDenied("/admin/audit");
    }
}
