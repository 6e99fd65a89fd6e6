package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.delivery.internal.SessionRefusedException;
import waypoint.delivery.internal.SessionRow;

/**
 * A teaching session guards its own moves: each intention asks the session's table and answers the change to write,
 * whatever the route (page, API, demo loader).
 */
class TeachingSessionAggregateTest {

    static final Instant START = Instant.parse("2026-03-10T10:00:00Z");

    private static SessionRow in(SessionState state) {
        return new SessionRow(UUID.randomUUID(), "ONE_TO_ONE", state, START, 60, "Office", null, "Testing",
                List.of("K1"), UUID.randomUUID(), "Taylor Tutor", null, null, null, 0, 2, START, START);
    }

    @Test
    void a_scheduled_session_is_moved_with_a_new_calendar_sequence_and_stays_scheduled() {
        Instant later = START.plusSeconds(86_400);
        SessionRow.Change moved = in(SessionState.SCHEDULED).reschedule(2, later, 90, null, "https://meet.example/x");
        assertThat(moved.to()).isEqualTo(SessionState.SCHEDULED);
        assertThat(moved.newCalendarSequence()).isTrue();
        assertThat(moved.values()).containsEntry(SessionRow.Column.STARTS_AT, later)
                .containsEntry(SessionRow.Column.PLACE, null);
    }

    @Test
    void a_session_is_recorded_only_once_it_has_taken_place() {
        assertThatThrownBy(() -> in(SessionState.SCHEDULED).record(2, "Unit tests", START.minusSeconds(60)))
                .isInstanceOf(SessionRefusedException.class).hasMessageContaining("once it has taken place");
        SessionRow.Change recorded = in(SessionState.SCHEDULED).record(2, "Unit tests", START.plusSeconds(3_600));
        assertThat(recorded.to()).isEqualTo(SessionState.RECORDED);
        assertThat(recorded.newCalendarSequence()).isFalse();
    }

    @Test
    void a_recorded_or_cancelled_session_never_goes_back() {
        for (SessionState ended : List.of(SessionState.RECORDED, SessionState.CANCELLED)) {
            SessionRow session = in(ended);
            assertThatThrownBy(() -> session.reschedule(2, START, 60, "Office", null))
                    .isInstanceOf(SessionRefusedException.class);
            assertThatThrownBy(() -> session.cancel(2, "Ill")).isInstanceOf(SessionRefusedException.class);
            assertThatThrownBy(() -> session.record(2, "x", START.plusSeconds(7_200)))
                    .isInstanceOf(SessionRefusedException.class);
        }
        assertThat(in(SessionState.SCHEDULED).cancel(2, "The tutor is ill").to()).isEqualTo(SessionState.CANCELLED);
    }
}
