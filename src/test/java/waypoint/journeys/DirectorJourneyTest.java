package waypoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import waypoint.demo.DemoAccounts;

class DirectorJourneyTest extends RoleJourney {

    @Test
    void a_director_sees_the_provider_in_figures_sorts_the_employers_and_reads_the_staff_list() {
        // given the demo director
        // when they sign in
        signInAs(DemoAccounts.DIRECTOR);

        // then their home page counts every record across the provider
        assertThat(page.locator("h1")).hasText("Welcome, Dana Director");
        assertThat(page.locator("main h2")).hasText("Across the provider");
        Locator employersCard = page.locator("main .waypoint-card", new Page.LocatorOptions().setHasText("employers"));
        String employers = employersCard.locator(".waypoint-figure").textContent().strip();
        assertThat(Integer.parseInt(employers)).isGreaterThanOrEqualTo(3);
        // and they are not offered the administrator's "Manage" links
        assertThat(page.locator("main")).not().containsText("Add a learner");
        assertNavigation("Home", "Learners", "Apprenticeships", "Off-the-job hours", "Portfolio", "Sessions", "Reviews", "Messages", "Gateway and EPA", "Support cases", "Employers", "EPAOs", "Staff", "Standards", "Rules calculator", "Feedback", "Reports", "Policies and handbook");
        screenshot("director-home");
        lookOnPhone("director-home-phone");

        // when they open the employers from their figure
        employersCard.getByRole(AriaRole.LINK).click();
        assertAccessible();
        // then the list has as many employers as the home page said
        assertThat(page.locator("h1")).hasText("Employers");
        assertThat(page.locator("main [role=status]")).containsText("of " + employers + " employers");

        // when they sort the employers by town, twice
        link("Town or city").click();
        assertAccessible();
        // then they are in order of town, and the column says so
        assertThat(page.locator("th[aria-sort=ascending]")).containsText("Town or city");
        assertThat(towns()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        link("Town or city").click();
        assertAccessible();
        assertThat(page.locator("th[aria-sort=descending]")).containsText("Town or city");
        assertThat(towns()).isSortedAccordingTo(Comparator.comparing(String::toString, String.CASE_INSENSITIVE_ORDER).reversed());

        // when they open the staff list
        navigationLink("Staff").click();
        assertAccessible();
        // then they see their colleagues, with the provider's own job titles
        assertThat(page.locator("main tbody tr", new Page.LocatorOptions().setHasText("Lee Lead"))).containsText("Team leader");
        assertThat(page.locator("main tbody tr", new Page.LocatorOptions().setHasText("Dana Director"))).containsText("Director");
        assertThat(button("Add a staff member")).hasCount(0);

        // when they go to add an employer, or to the audit trail, by address
        visitDenied("/employers/new");
        visitDenied("/admin/audit");
    }

    private List<String> towns() {
        return page.locator("main tbody tr td:nth-child(2)").allTextContents().stream().map(String::strip).toList();
    }
}
