package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.support.BrowserJourney;

/** Bad input never gives a 500: forms posted with field names or values no page sends are refused or ignored. */
class TamperedCatalogueFormsJourneyTest extends BrowserJourney {

    @Autowired
    Standards standards;

    @Test
    void tampered_edit_forms_change_nothing_and_never_fail_the_server() {
        // given an administrator's session and its form token
        signInAs(DemoAccounts.ADMIN);
        visit("/standards/ST0148/versions/1.0/cadence");
        String csrf = page.locator("input[name=_csrf]").first().getAttribute("value");
        StandardDetails before = standards.latest("ST0148").orElseThrow();

        // when forms are posted with indexes, names and values the pages never send
        String[][] posts = {
                {"epa-methods", "methods[5000].name", "X"},
                {"epa-methods", "methods[x].name", "X"},
                {"epa-methods", "methods[0].remove", "maybe"},
                {"grading", "overall[100000]", "Pass"},
                {"gateway-items", "items[0].remove", "not a boolean"},
                {"cadence", "minSessionsPerMonth[0]", "x"},
                {"cadence", "lockVersion", "abc"}};
        for (String[] post : posts) {
            APIResponse response = page.request().post("/standards/ST0148/versions/1.0/" + post[0], RequestOptions.create()
                    .setForm(FormData.create().set("_csrf", csrf).set(post[1], post[2])));
            // then each is answered without a server error
            assertThat(response.status()).as(post[0] + " " + post[1]).isLessThan(500);
        }
        // and the standard is as it was
        assertThat(standards.latest("ST0148").orElseThrow()).isEqualTo(before);
    }
}
