package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;
import waypoint.support.Api;

/**
 * Presses "Recalculate now" through the API as a test that recorded something needs it, and waits for the new
 * figures: 202 Accepted with where to poll, then DONE (docs/domain/accountability.md, "When the figures are
 * calculated"). A press still under way from another test is let finish first.
 */
public final class FiguresRecalculated {

    private FiguresRecalculated() {
    }

    /** Answers the recalculation once DONE, with the id of the snapshot it kept. */
    public static JsonNode by(Api as) {
        AtomicReference<Api.Response> pressed = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Api.Response press = as.post("/api/v1/accountability/recalculate", "{}");
            assertThat(press.status()).as(press.body()).isEqualTo(202);
            pressed.set(press);
        });
        String location = pressed.get().header("Location");
        assertThat(location).isEqualTo(pressed.get().json().get("href").asString());
        AtomicReference<JsonNode> done = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode now = as.get(location).json();
            assertThat(now.get("state").asString()).as(now.toString()).isIn("DONE", "FAILED");
            done.set(now);
        });
        assertThat(done.get().get("state").asString()).as(done.get().toString()).isEqualTo("DONE");
        return done.get();
    }
}
