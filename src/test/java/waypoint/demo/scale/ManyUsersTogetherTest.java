package waypoint.demo.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import waypoint.demo.scale.ManyUsersTogether.Logged;
import waypoint.demo.scale.ManyUsersTogether.Sent;

/** How the benchmark reads its 50-user phase as a whole: what counts as "while a report was being answered". */
class ManyUsersTogetherTest {

    private static final Sent REPORT = new Sent("m1", true, 100, 200);

    @Test
    void a_working_request_answered_before_a_report_was_sent_did_not_wait_behind_it() {
        assertThat(ManyUsersTogether.overlapsAReport(new Sent("m2", false, 10, 100), List.of(REPORT))).isFalse();
    }

    @Test
    void a_working_request_sent_after_the_report_was_answered_did_not_wait_behind_it() {
        assertThat(ManyUsersTogether.overlapsAReport(new Sent("m2", false, 200, 250), List.of(REPORT))).isFalse();
    }

    @Test
    void a_working_request_in_flight_at_any_moment_of_the_report_is_counted_while_a_report_ran() {
        assertThat(ManyUsersTogether.overlapsAReport(new Sent("m2", false, 50, 150), List.of(REPORT))).isTrue();
        assertThat(ManyUsersTogether.overlapsAReport(new Sent("m3", false, 150, 160), List.of(REPORT))).isTrue();
        assertThat(ManyUsersTogether.overlapsAReport(new Sent("m4", false, 190, 300), List.of(REPORT))).isTrue();
    }

    @Test
    void the_paragraph_pools_the_working_requests_and_parts_a_reports_own_time_from_its_wait() {
        String md = ManyUsersTogether.markdown(
                List.of(REPORT, new Sent("m2", false, 10, 90), new Sent("m3", false, 150, 160),
                        new Sent("m4", false, 300, 310)),
                Map.of("m1", new Logged(900_000, 600L), "m2", new Logged(20_000, null),
                        "m3", new Logged(80_000, null), "m4", new Logged(30_000, null)));

        assertThat(md).contains("(3 requests, every route and person of the working mix): p50 30.0, p95 80.0, "
                + "p99 80.0 ms; 66.7% within 50 ms")
                .contains("While a provider-wide report was being answered (1 of them): p50 80.0, p95 80.0 ms")
                .contains("While none was (2 of them): p50 20.0, p95 30.0 ms")
                .contains("their own time p50 300.0, p95 300.0 ms; the wait for their turn p50 600.0, p95 600.0 ms");
    }

    @Test
    void nothing_is_written_when_nothing_was_sent() {
        assertThat(ManyUsersTogether.markdown(List.of(), Map.of())).isEmpty();
    }
}
