package waypoint.reporting.internal.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Before the funding forecast has ever been worked out (a new installation, before its first night) there are no
 * figures to show: the page, the API and the file say so plainly, never a forecast of £0, and "Work out now" works it
 * out.
 */
@WaypointTest
class KeptForecastTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void until_it_is_first_worked_out_the_forecast_says_so_and_shows_no_figures() {
        // given a forecast never worked out (the forecast's own lock taken, so no calculation is writing one meanwhile)
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('funding forecast'))").query((rs, n) -> 1).single();
            jdbc.sql("DELETE FROM funding_forecast").update();
        });

        // when a head of delivery opens it
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page page = head.get("/reports/funding");

        // then the page says it has not been worked out, with no figures, and offers to work it out now
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("The forecast has not been worked out yet, so there are no figures to show",
                "Work out now").doesNotContain("Total for the year", "Forecast as at", "Download the forecast");
        JsonNode api = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/funding/forecast").json();
        assertThat(api.get("workedOut").asBoolean()).isFalse();
        assertThat(api.get("message").asString()).contains("has not been worked out yet");
        assertThat(api.get("totals").isNull()).isTrue();
        assertThat(api.get("total").isNull()).isTrue();
        assertThat(api.get("asAt").isNull()).isTrue();
        assertThat(head.get("/reports/funding.csv").status()).isEqualTo(409);

        // and "Work out now" works it out: the page then says as at when
        PageClient.Page pressed = head.post("/reports/funding/work-out", page, Map.of());
        assertThat(pressed.status()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                head.get("/reports/funding").text()).contains("Forecast as at", "Total for the year")
                .doesNotContain("has not been worked out yet"));
    }
}
