package waypoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import waypoint.demo.DemoAccounts;

/**
 * The data officer's month (docs/domain/ilr.md, "Who prepares the return"): the ILR return's page, where this year's
 * schema is not shipped yet; the check of the demo provider's 2025-26 R14; the returns kept; and what changed between
 * the demo's R13 and R14. Each page passes the accessibility check and reads on a phone.
 */
class DataOfficerJourneyTest extends RoleJourney {

    @Test
    void a_data_officer_checks_the_return_reads_the_returns_kept_and_what_changed() {
        // given the demo data officer
        signInAs(DemoAccounts.DATA_OFFICER);

        // when they open the ILR return from the navigation
        navigationLink("ILR return").click();
        assertAccessible();
        // then today's year says plainly that its return cannot be built yet
        assertThat(page.locator("#not-shipped")).containsText("is not shipped with this version of Waypoint");

        // when they open 2025-26 R14 and check it again
        visit("/ilr?year=2025-26&period=R14");
        page.locator("#check-again").click();
        // then the check kept counts the learners, says when it ran and lists any problems with the official rules'
        // names
        assertThat(page.locator("#checked-at")).containsText("today");
        assertThat(page.locator("#learners-checked")).not().hasText("0");
        screenshot("data-officer-ilr-check");
        lookOnPhone("data-officer-ilr-check-phone");

        // when they open the returns kept
        link("Returns exported so far").click();
        assertAccessible();
        // then the demo's R14 and R13 are listed with their files and hashes
        assertThat(page.locator("#returns")).containsText("2025-26 R14");
        assertThat(page.locator("#returns")).containsText("2025-26 R13");
        assertThat(page.locator("#returns")).containsText("SHA-256");
        lookOnPhone("data-officer-ilr-returns-phone");

        // when they open what changed in the latest return
        page.locator("#returns tbody tr").first().getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^What changed"))).click();
        assertAccessible();
        // then it compares it with the return before
        assertThat(page.locator("h1")).hasText("What changed since the previous return");
        assertThat(page.locator("main")).containsText("Compared with");
        screenshot("data-officer-ilr-changes");
        lookOnPhone("data-officer-ilr-changes-phone");
    }
}
