package waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** The demo shows subject access at work: one request released, one due within the week. */
@WaypointTest
class DemoDataProtectionTest {

    @LocalServerPort
    int port;

    @Test
    void the_officer_sees_a_request_due_within_the_week_and_the_apprentice_downloads_her_released_data() {
        var list = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER).get("/data-protection/requests");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Amir Ahmed", "Due within a week", "Ready for review", "Lola Learner",
                "Released");

        var mine = PageClient.signedInAs(port, DemoAccounts.LEARNER).get("/my-data");
        assertThat(mine.text()).contains("Download your data");
    }
}
