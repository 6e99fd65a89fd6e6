package waypoint.reporting.internal.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A press of "Recalculate now" moves only as its table allows (docs/domain/accountability.md, "When the figures are
 * calculated"): queued, running, then done or failed; a press may be given up before it starts; an ended one never
 * moves again.
 */
class RecalculationTest {

    private static final Instant PRESSED = Instant.parse("2026-12-06T10:42:00Z");

    @Test
    void a_press_is_queued_then_running_then_done_with_its_snapshot() {
        Recalculation asked = Recalculation.asked(UUID.randomUUID(), PRESSED);
        assertThat(asked.state()).isEqualTo(Recalculation.State.QUEUED);
        assertThat(asked.underway()).isTrue();
        assertThat(asked.since()).isEqualTo(PRESSED);

        Recalculation running = asked.started(PRESSED.plusSeconds(1));
        assertThat(running.since()).isEqualTo(PRESSED.plusSeconds(1));
        UUID snapshot = UUID.randomUUID();
        Recalculation done = running.done(PRESSED.plusSeconds(6), snapshot);

        assertThat(done.state()).isEqualTo(Recalculation.State.DONE);
        assertThat(done.underway()).isFalse();
        assertThat(done.snapshotId()).isEqualTo(snapshot);
        assertThat(done.finishedAt()).isEqualTo(PRESSED.plusSeconds(6));
    }

    @Test
    void a_press_fails_while_running_or_is_given_up_before_it_starts_and_an_ended_one_never_moves_again() {
        Recalculation asked = Recalculation.asked(UUID.randomUUID(), PRESSED);
        assertThat(asked.failed(PRESSED, "Given up").state()).isEqualTo(Recalculation.State.FAILED);
        Recalculation failed = asked.started(PRESSED).failed(PRESSED.plusSeconds(3), "Could not");
        assertThat(failed.failure()).isEqualTo("Could not");

        assertThatThrownBy(() -> asked.done(PRESSED, UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> failed.started(PRESSED)).isInstanceOf(IllegalStateException.class);
        Recalculation done = asked.started(PRESSED).done(PRESSED, UUID.randomUUID());
        assertThatThrownBy(() -> done.failed(PRESSED, "late")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done.started(PRESSED)).isInstanceOf(IllegalStateException.class);
    }
}
