package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import waypoint.support.PageClient;

/**
 * Something reporting keeps whole (the caseload overview, the equality report) as a test needs it: worked out again by
 * pressing its page's "Work out ... again now" button as a reader does, and waited for (never a sleep).
 */
public final class KeptWorkedOut {

    private KeptWorkedOut() {
    }

    /**
     * Presses the button of the page at {@code page} (which posts to the page itself) as {@code reader} once none is
     * under way (one under way may have read the records before the test wrote them), and waits until the one kept was
     * worked out since the call.
     */
    public static void again(PageClient reader, String page, Supplier<Optional<Instant>> workedOutAt,
            Supplier<Optional<Instant>> underwaySince, Clock clock) {
        Instant asked = clock.instant().truncatedTo(ChronoUnit.MICROS);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            boolean since = workedOutAt.get().filter(at -> !at.isBefore(asked)).isPresent();
            if (!since && underwaySince.get().isEmpty()) {
                PageClient.Page shown = reader.get(page);
                assertThat(reader.post(page, shown, Map.of()).status()).isEqualTo(302);
            }
            assertThat(workedOutAt.get()).hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(asked));
        });
    }
}
