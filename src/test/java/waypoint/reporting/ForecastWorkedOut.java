package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import waypoint.support.Api;

/**
 * The kept funding forecast as a test needs it (docs/domain/funding-rules.md, The forecast): worked out whole by
 * pressing "Work out now" through the API and waiting for its "as at" to reach the press; brought up to date for one
 * apprenticeship by enrolment's events, which a test waits for by reading until the figures follow (never a sleep).
 */
public final class ForecastWorkedOut {

    static final String FORECAST = "/api/v1/funding/forecast";

    private ForecastWorkedOut() {
    }

    /** Presses "Work out now" and waits until the forecast is as at the press or later. */
    public static void by(Api as) {
        Api.Response press = as.post(FORECAST + "/work-out", "{}");
        assertThat(press.status()).as(press.body()).isEqualTo(202);
        Instant asked = Instant.parse(press.json().get("askedAt").asString());
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode forecast = as.get(FORECAST + "?size=1").json();
            assertThat(forecast.get("workedOut").asBoolean()).as(forecast.toString()).isTrue();
            assertThat(Instant.parse(forecast.get("asAt").asString())).isAfterOrEqualTo(asked);
        });
    }

    /** Reads the forecast until what the test expects of it holds (the events' listener has caught up). */
    public static JsonNode until(Api as, String query, Consumer<JsonNode> expected) {
        List<JsonNode> read = new ArrayList<>(1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Api.Response response = as.get(FORECAST + query);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode body = response.json();
            expected.accept(body);
            read.clear();
            read.add(body);
        });
        return read.get(0);
    }

    /** Every apprentice line of the forecast asked for, following its links from page to page, 100 at a time. */
    public static List<JsonNode> everyLine(Api as, String query) {
        return every("apprentices", as, query);
    }

    /** Every line of one of the forecast's paged lists (byEmployer, byTutor, apprentices), 100 at a time. */
    public static List<JsonNode> every(String list, Api as, String query) {
        List<JsonNode> lines = new ArrayList<>();
        String next = FORECAST + query + (query.contains("?") ? "&" : "?") + "size=100";
        while (next != null) {
            JsonNode page = as.get(next).json();
            page.get(list).forEach(lines::add);
            JsonNode link = page.get("links").get("next");
            next = link == null || link.isNull() ? null : link.asString();
        }
        return lines;
    }
}
