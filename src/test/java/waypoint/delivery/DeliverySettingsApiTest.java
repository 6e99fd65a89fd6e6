package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** The provider's cadence: staff read it, only administrators change it, and a bad value is a field error. */
@WaypointTest
class DeliverySettingsApiTest {

    @LocalServerPort
    int port;

    @Test
    void administrators_change_the_providers_cadence_and_no_one_else_does() {
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Api tutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);
        Api learner = Api.at(port).signedInAs(DemoAccounts.LEARNER.email(), DemoAccounts.PASSWORD);
        long before = tutor.get("/api/v1/delivery-settings").json().get("maxDaysBetweenSessions").asLong();

        assertThat(learner.get("/api/v1/delivery-settings").status()).isEqualTo(403);
        assertThat(tutor.put("/api/v1/delivery-settings", "{\"maxDaysBetweenSessions\": 28}").status()).isEqualTo(403);
        Api.Response bad = admin.put("/api/v1/delivery-settings", "{\"maxDaysBetweenSessions\": 0}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("maxDaysBetweenSessions");
        assertThat(admin.put("/api/v1/delivery-settings", "{\"maxDaysBetweenSessions\": \"soon\"}").status()).isEqualTo(400);

        try {
            assertThat(admin.put("/api/v1/delivery-settings", "{\"maxDaysBetweenSessions\": 28}").json()
                    .get("maxDaysBetweenSessions").asLong()).isEqualTo(28);
            assertThat(tutor.get("/api/v1/delivery-settings").json().get("maxDaysBetweenSessions").asLong()).isEqualTo(28);
        } finally {
            admin.put("/api/v1/delivery-settings", "{\"maxDaysBetweenSessions\": " + before + "}");
        }

        PageClient tutorPages = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        assertThat(tutorPages.get("/sessions/settings").status()).isEqualTo(403);
        PageClient adminPages = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page form = adminPages.get("/sessions/settings");
        assertThat(form.status()).isEqualTo(200);
        PageClient.Page invalid = adminPages.post("/sessions/settings", form, java.util.Map.of("maxDaysBetweenSessions", "lots"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("govuk-error-summary").contains("value=\"lots\"");
    }
}
