package waypoint.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import waypoint.demo.DemoAccounts;
import waypoint.support.BrowserJourney;

class StaffOnlyStandardsJourneyTest extends BrowserJourney {

    @Test
    void learners_and_employer_contacts_are_refused_the_catalogue() {
        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.LEARNER, DemoAccounts.EMPLOYER}) {
            // given a learner or employer contact, signed in
            page.context().clearCookies();
            signInAs(account);
            // then the navigation has no Standards link
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Standards"))).hasCount(0);
            // when they go to the catalogue or a standard anyway, then they are refused
            visit("/standards");
            assertThat(page.locator("h1")).hasText("You do not have access to this page");
            visit("/standards/ST0116");
            assertThat(page.locator("h1")).hasText("You do not have access to this page");
            assertThat(page.locator("main")).not().containsText("Software developer");
        }
    }

    @Test
    void a_tutor_reads_standards_but_cannot_import_or_change_them() {
        signInAs(DemoAccounts.TUTOR);

        visit("/standards/ST0148");
        assertThat(page.locator("h1")).hasText("Learning mentor");
        assertThat(page.getByText("Import standards")).hasCount(0);
        assertThat(page.locator("main a", new Page.LocatorOptions().setHasText("Change"))).hasCount(0);

        visit("/standards/import");
        assertThat(page.locator("h1")).hasText("You do not have access to this page");
        visit("/standards/ST0148/versions/1.0/grading");
        assertThat(page.locator("h1")).hasText("You do not have access to this page");
    }
}
