package waypoint.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The feedback list, for every role that can open it and every filter it offers, in the pages and the API: it
 * answers for all of them (once, the quality role and every filtered list failed), each row matches the filter, and
 * every row a reader is shown is one they may open.
 */
@WaypointTest
class FeedbackListForEveryRoleTest {

    /** Each filter the list offers, alone, then all together, then a second page. */
    static final List<String> FILTERS = List.of("", "kind=COMPLAINT", "kind=APPEAL", "kind=COMPLIMENT",
            "kind=SUGGESTION", "state=open", "state=closed", "stage=1", "stage=2", "stage=3", "stage=4", "mine=true",
            "q=fb", "kind=COMPLAINT&state=open&stage=2&mine=true&q=a", "page=1");

    @LocalServerPort
    int port;

    private final Map<DemoAccounts, Api> apis = new EnumMap<>(DemoAccounts.class);
    private final Map<DemoAccounts, PageClient> pages = new EnumMap<>(DemoAccounts.class);

    static Stream<Arguments> everyRole() {
        return Stream.of(DemoAccounts.values()).map(Arguments::of);
    }

    private Api api(DemoAccounts account) {
        return apis.computeIfAbsent(account, a -> Api.at(port).signedInAs(a.email(), DemoAccounts.PASSWORD));
    }

    private PageClient page(DemoAccounts account) {
        return pages.computeIfAbsent(account, a -> PageClient.signedInAs(port, a));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRole")
    void every_filter_of_the_list_answers_for_every_role_in_the_pages_and_the_api(DemoAccounts reader) {
        List<String> failures = new ArrayList<>();
        for (String filter : FILTERS) {
            var shown = page(reader).get("/feedback" + (filter.isEmpty() ? "" : "?" + filter));
            if (shown.status() != 200) {
                failures.add("page ?" + filter + " answered " + shown.status());
            }
            var listed = api(reader).get("/api/v1/feedback" + (filter.isEmpty() ? "" : "?" + filter));
            if (listed.status() != 200) {
                failures.add("API ?" + filter + " answered " + listed.status() + ": " + listed.body());
                continue;
            }
            for (JsonNode row : listed.json().get("items")) {
                String mismatch = mismatch(filter, row);
                if (mismatch != null) {
                    failures.add("API ?" + filter + " listed " + row.get("reference").asString() + ": " + mismatch);
                }
            }
        }
        assertThat(failures).as("lists that failed for " + reader).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRole")
    void every_row_a_reader_is_listed_is_one_they_may_open(DemoAccounts reader) {
        JsonNode items = api(reader).get("/api/v1/feedback").json().get("items");
        for (JsonNode row : items) {
            var opened = api(reader).get("/api/v1/feedback/" + row.get("id").asString());
            assertThat(opened.status()).as(reader + " opens " + row.get("reference").asString()).isEqualTo(200);
        }
    }

    @Test
    void the_quality_role_sees_every_complaint_filtered_by_kind_and_stage() {
        JsonNode complaints = api(DemoAccounts.QUALITY).get("/api/v1/feedback?kind=COMPLAINT").json();
        assertThat(complaints.get("total").asLong()).isPositive();
        JsonNode stage2 = api(DemoAccounts.QUALITY).get("/api/v1/feedback?kind=COMPLAINT&stage=2").json();
        assertThat(stage2.get("total").asLong()).isPositive().isLessThanOrEqualTo(complaints.get("total").asLong());
        assertThat(page(DemoAccounts.QUALITY).get("/feedback?kind=COMPLAINT&stage=2").body())
                .contains(stage2.get("items").get(0).get("reference").asString());
    }

    @Test
    void staff_who_handle_no_complaint_are_not_listed_complaints_and_a_learner_only_their_own() {
        JsonNode safeguarding = api(DemoAccounts.SAFEGUARDING).get("/api/v1/feedback?kind=COMPLAINT").json();
        assertThat(safeguarding.get("total").asLong()).isZero();
        JsonNode mine = api(DemoAccounts.LEARNER).get("/api/v1/feedback").json();
        JsonNode all = api(DemoAccounts.QUALITY).get("/api/v1/feedback").json();
        assertThat(mine.get("total").asLong()).isLessThan(all.get("total").asLong());
    }

    /** Why a listed row does not match the filter, or null when it does. */
    private static String mismatch(String filter, JsonNode row) {
        for (String part : filter.split("&")) {
            String[] pair = part.split("=", 2);
            if (pair.length < 2) {
                continue;
            }
            String value = pair[1];
            switch (pair[0]) {
                case "kind" -> {
                    if (!row.get("kind").asString().equals(value)) {
                        return "kind " + row.get("kind").asString();
                    }
                }
                case "stage" -> {
                    if (row.get("stage") == null || row.get("stage").asInt() != Integer.parseInt(value)) {
                        return "stage " + row.get("stage");
                    }
                }
                case "state" -> {
                    boolean closed = "CLOSED".equals(row.get("status").asString());
                    if (closed != "closed".equals(value)) {
                        return "status " + row.get("status").asString();
                    }
                }
                default -> {
                }
            }
        }
        return null;
    }
}
