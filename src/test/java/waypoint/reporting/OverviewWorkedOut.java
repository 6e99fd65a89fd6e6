package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import waypoint.reporting.internal.caseload.KeptOverview;
import waypoint.support.PageClient;

/**
 * The kept caseload overview as a test needs it (docs/domain/accountability.md, "The caseload board"): worked out
 * again by pressing "Work out the overview again now" as a reader does, and waited for (never a sleep).
 */
public final class OverviewWorkedOut {

    private OverviewWorkedOut() {
    }

    /**
     * Presses "Work out the overview again now" as {@code reader} once none is under way (one under way may have read
     * the records before the test wrote them), and waits until the overview kept was worked out since the call.
     */
    public static void again(PageClient reader, KeptOverview kept, Clock clock) {
        Instant asked = clock.instant().truncatedTo(ChronoUnit.MICROS);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            boolean since = kept.workedOut().filter(w -> !w.at().isBefore(asked)).isPresent();
            if (!since && kept.underwaySince().isEmpty()) {
                PageClient.Page page = reader.get("/reports/caseload/overview");
                assertThat(reader.post("/reports/caseload/overview", page, Map.of()).status()).isEqualTo(302);
            }
            assertThat(kept.workedOut()).hasValueSatisfying(w -> assertThat(w.at()).isAfterOrEqualTo(asked));
        });
    }
}
