package waypoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.identity.Role;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.StaffDetails;

class HeadOfDeliveryJourneyTest extends RoleJourney {

    @Autowired
    OrganisationImport organisation;

    @Test
    void a_head_of_delivery_sees_the_provider_in_figures_and_filters_the_learners_by_tutor() {
        // given the demo head of delivery, and a learner on Robin Reed's caseload
        LearnerId learner = organisation.findLearner("callum.collins@learners.test").orElseThrow();

        // when they sign in
        signInAs(DemoAccounts.HEAD);

        // then their home page counts every record across the provider, and no caseload of their own
        assertThat(page.locator("h1")).hasText("Welcome, Harper Head");
        assertThat(page.locator("main h2")).hasText("Across the provider");
        assertThat(page.locator("main .waypoint-card")).containsText(new Pattern[] {
                Pattern.compile("\\d+ learners"), Pattern.compile("\\d+ employers"), Pattern.compile("\\d+ staff"),
                Pattern.compile("\\d+ EPAOs")});
        assertNavigation("Home", "Learners", "Apprenticeships", "Off-the-job hours", "Portfolio", "Sessions", "Reviews", "Messages", "Gateway and EPA", "Support cases", "Employers", "EPAOs", "Staff", "Standards", "Admissions", "Rules calculator", "Feedback", "Reports", "Policies and handbook");
        screenshot("head-home");
        lookOnPhone("head-home-phone");

        // when they open the learners and filter them by one tutor
        navigationLink("Learners").click();
        assertAccessible();
        page.getByLabel("Tutor").selectOption(new SelectOption().setLabel("Robin Reed"));
        button("Search").click();
        assertAccessible();
        // then every learner listed is that tutor's, and the filter stays chosen
        assertThat(page.locator("main tbody tr").first()).containsText("Robin Reed");
        assertThat(page.locator("main tbody tr").filter(new Locator.FilterOptions().setHasNotText("Robin Reed"))).hasCount(0);
        assertThat(page.getByLabel("Tutor").locator("option:checked")).hasText("Robin Reed");
        assertThat(page.locator("main [role=status]")).containsText("Showing 1 to");

        // when they open a learner's sensitive declarations, which are for administrators and the learner's tutor
        visitDenied("/learners/" + learner + "/declarations");
        // and the audit trail
        visitDenied("/admin/audit");

        // given the provider has more tutors than the cohort form lists (the test run lists three)
        organisation.staff(new StaffDetails("Tamsin Trainer", "tamsin.trainer-" + UUID.randomUUID() + "@example.test",
                null, Set.of(Role.TUTOR)));
        // when they plan a cohort and search for its tutor by part of a name
        visit("/admissions/cohorts");
        button("Plan a cohort").click();
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Plan a cohort");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Mentors, spring");
        page.getByLabel("Find the tutor").fill("reed");
        button("Search").click();
        assertAccessible();
        // then the tutors matching are offered to choose, and what they typed is kept
        Locator robin = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Robin Reed").setExact(true));
        assertThat(robin).hasCount(1);
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Mentors, spring");
        screenshot("head-cohort-tutor-found");
        lookOnPhoneAsItIs("head-cohort-tutor-found-phone");
        robin.check();
        assertThat(robin).isChecked();
    }
}
