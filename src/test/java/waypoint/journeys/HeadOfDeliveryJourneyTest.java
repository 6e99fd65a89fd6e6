package waypoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;

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
    }
}
