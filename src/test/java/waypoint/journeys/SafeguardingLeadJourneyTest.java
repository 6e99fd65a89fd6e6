package waypoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;

class SafeguardingLeadJourneyTest extends RoleJourney {

    @Autowired
    Learners learners;
    @Autowired
    UserAccounts accounts;

    @Test
    void a_safeguarding_lead_finds_a_learner_and_reads_who_to_call_in_an_emergency() {
        // given the demo safeguarding lead, and the demo learner
        LearnerSummary lola = learners.findByAccount(accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow().id())
                .orElseThrow();

        // when they sign in
        signInAs(DemoAccounts.SAFEGUARDING);

        // then their home page counts every record across the provider
        assertThat(page.locator("h1")).hasText("Welcome, Sam Safeguarding");
        assertThat(page.locator("main h2")).hasText("Across the provider");
        assertThat(page.locator("main .waypoint-card")).hasCount(4);
        assertNavigation("Home", "Learners", "Apprenticeships", "Off-the-job hours", "Portfolio", "Sessions", "Reviews", "Messages", "Gateway and EPA", "Support cases", "Employers", "EPAOs", "Staff", "Standards", "Rules calculator", "Feedback",
                "Concerns", "Staff safeguarding", "Reports", "Policies and handbook");
        screenshot("safeguarding-home");
        lookOnPhone("safeguarding-home-phone");

        // when they find a learner by ULN and open their record
        navigationLink("Learners").click();
        assertAccessible();
        page.getByLabel("Search by name, ULN or email").fill(lola.uln());
        button("Search").click();
        assertAccessible();
        assertThat(page.locator("main tbody tr")).hasCount(1);
        link("Lola Learner").click();
        assertAccessible();
        // then they see the learner's emergency contact, employer, line manager and tutor, and cannot change them
        assertThat(page.locator("h1")).hasText("Lola Learner");
        assertThat(page.locator("main")).containsText("Parent of Lola");
        assertThat(page.locator("main")).containsText("Northgate Engineering Ltd");
        assertThat(page.locator("main")).containsText("Erin Employer");
        assertThat(page.locator("main")).containsText("Taylor Tutor");
        assertThat(button("Change the learner's details")).hasCount(0);
        // and the health and equality declarations are not offered (administrators and the tutor only)
        assertThat(link("Health and equality declarations")).hasCount(0);

        // when they open the declarations, or the audit trail, by address
        visitDenied("/learners/" + lola.id() + "/declarations");
        visitDenied("/admin/audit");
    }
}
