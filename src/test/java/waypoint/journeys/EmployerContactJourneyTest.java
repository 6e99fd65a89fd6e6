package waypoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;

class EmployerContactJourneyTest extends RoleJourney {

    @Autowired
    OrganisationImport organisation;
    @Autowired
    Learners learners;

    @Test
    void an_employer_contact_sees_their_apprentices_opens_one_and_nothing_of_other_employers() {
        // given the demo employer contact at Northgate, and an apprentice of another employer
        LearnerId elsewhere = organisation.findLearner("bethany.barker@learners.test").orElseThrow();
        org.assertj.core.api.Assertions.assertThat(learners.find(elsewhere).orElseThrow().employerName())
                .isNotEqualTo("Northgate Engineering Ltd");

        // when they sign in
        signInAs(DemoAccounts.EMPLOYER);

        // then their home page counts their employer's apprentices and lists them with their tutors
        assertThat(page.locator("h1")).hasText("Welcome, Erin Employer");
        assertThat(page.locator("main h2").first()).hasText("Apprentices at Northgate Engineering Ltd");
        assertThat(page.locator("main h2", new Page.LocatorOptions().setHasText("Keeping safe"))).hasCount(1);
        String apprentices = page.locator("main .waypoint-figure").textContent().strip();
        Locator lola = page.locator("main table tr", new Page.LocatorOptions().setHasText("Lola Learner")).first();
        assertThat(lola).containsText("Taylor Tutor");
        // and they see only the navigation for their apprentices
        assertNavigation("Home", "Your apprentices", "Off-the-job hours", "Sessions", "Reviews", "Messages", "Feedback and complaints", "Policies and handbook");
        screenshot("employer-home");
        lookOnPhone("employer-home-phone");

        // when they open the full list of their apprentices
        link("See all your apprentices").click();
        assertAccessible();
        // then it counts the same apprentices as the home page, all at their employer
        assertThat(page.locator("h1")).hasText("Your apprentices");
        assertThat(page.locator("main [role=status]")).containsText("of " + apprentices + " learners");
        assertThat(page.locator("main tbody tr td:nth-child(3)").first()).hasText("Northgate Engineering Ltd");

        // when they search for one apprentice and open their record
        page.getByLabel("Search by name, ULN or email").fill("Lola");
        button("Search").click();
        assertAccessible();
        link("Lola Learner").click();
        assertAccessible();
        // then they see the record, with themselves as the line manager, and cannot change it
        assertThat(page.locator("h1")).hasText("Lola Learner");
        assertThat(page.locator("main")).containsText("Erin Employer");
        assertThat(page.locator("main")).containsText("Taylor Tutor");
        assertThat(button("Change the learner's details")).hasCount(0);
        assertThat(link("Health and equality declarations")).hasCount(0);

        // when they open another employer's apprentice by its address
        visitNotFound("/learners/" + elsewhere);
        // then the record might as well not exist
        assertThat(page.locator("main")).not().containsText("Bethany");

        // and the provider's list of employers and the audit trail are refused
        visitDenied("/employers");
        visitDenied("/admin/audit");
    }
}
