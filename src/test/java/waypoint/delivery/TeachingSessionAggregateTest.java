package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.delivery.internal.ActionRow;
import waypoint.delivery.internal.SessionRefusedException;
import waypoint.delivery.internal.SessionRow;
import waypoint.delivery.internal.SessionService;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.otj.OffTheJobActivityRecorded;
import waypoint.shared.audit.RecordChanged;

/**
 * A teaching session guards its own moves: each intention asks the session's table and answers the change to write,
 * whatever the route (page, API, demo loader), with the events the move causes.
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
        assertThatThrownBy(() -> in(SessionState.SCHEDULED).record(2, "Unit tests", START.minusSeconds(60), Map.of(), List.of()))
                .isInstanceOf(SessionRefusedException.class).hasMessageContaining("once it has taken place");
        SessionRow.Change recorded = in(SessionState.SCHEDULED).record(2, "Unit tests", START.plusSeconds(3_600), Map.of(),
                List.of());
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
            assertThatThrownBy(() -> session.record(2, "x", START.plusSeconds(7_200), Map.of(), List.of()))
                    .isInstanceOf(SessionRefusedException.class);
        }
        assertThat(in(SessionState.SCHEDULED).cancel(2, "The tutor is ill").to()).isEqualTo(SessionState.CANCELLED);
    }

    // ---- each move carries the events it causes; a refused move causes none ------------------------------------

    @Test
    void scheduling_a_session_records_what_when_and_for_whom() {
        UUID id = UUID.randomUUID();
        Map<ApprenticeshipId, String> learners = new LinkedHashMap<>();
        learners.put(new ApprenticeshipId(UUID.randomUUID()), "Ada Apprentice");
        learners.put(new ApprenticeshipId(UUID.randomUUID()), "Bo Apprentice");
        SessionRow.Scheduled scheduled = SessionRow.schedule(id, learners, START, 60, "Office", null, "Testing",
                List.of("K1"), UUID.randomUUID(), "Taylor Tutor", START);
        assertThat(scheduled.session().state()).isEqualTo(SessionState.SCHEDULED);
        assertThat(scheduled.session().group()).isTrue();
        assertThat(scheduled.apprenticeshipIds()).containsExactlyElementsOf(learners.keySet());
        assertThat(scheduled.events()).containsExactly(RecordChanged.created("TeachingSession", id,
                "Group on 10 March 2026 at 10am: Testing (Ada Apprentice, Bo Apprentice)"));
    }

    @Test
    void moving_a_session_records_where_and_when_it_was_and_is_now() {
        SessionRow session = in(SessionState.SCHEDULED);
        SessionRow.Change moved = session.reschedule(2, Instant.parse("2026-03-11T14:00:00Z"), 90, null,
                "https://meet.example/x");
        assertThat(moved.events()).containsExactly(RecordChanged.updated("TeachingSession", session.id(),
                "10 March 2026 at 10am, Office", "11 March 2026 at 2pm, Online: https://meet.example/x"));
    }

    @Test
    void cancelling_a_session_records_why() {
        SessionRow session = in(SessionState.SCHEDULED);
        assertThat(session.cancel(2, "The tutor is ill").events()).containsExactly(RecordChanged.updated(
                "TeachingSession", session.id(), "Scheduled", "Cancelled: The tutor is ill"));
    }

    @Test
    void recording_a_session_keeps_attendance_and_actions_and_gives_each_apprentice_there_their_off_the_job_time() {
        SessionRow session = in(SessionState.SCHEDULED);
        ApprenticeshipId there = new ApprenticeshipId(UUID.randomUUID());
        ApprenticeshipId late = new ApprenticeshipId(UUID.randomUUID());
        ApprenticeshipId absent = new ApprenticeshipId(UUID.randomUUID());
        Map<ApprenticeshipId, String> attendance = new LinkedHashMap<>();
        attendance.put(there, "ATTENDED");
        attendance.put(late, "LATE");
        attendance.put(absent, "ABSENT");
        SessionRow.NewAction action = new SessionRow.NewAction(UUID.randomUUID(), there, "ACTION", "Write tests",
                "LEARNER", LocalDate.of(2026, 3, 20), false);
        SessionRow.Change recorded = session.record(2, "Unit tests", START.plusSeconds(3_600), attendance,
                List.of(action));
        assertThat(recorded.attendance()).isEqualTo(attendance);
        assertThat(recorded.actions()).containsExactly(action);
        assertThat(recorded.events()).hasSize(3).first().isEqualTo(RecordChanged.updated("TeachingSession",
                session.id(), "Scheduled", "Recorded: 2 of 3 attended; 1 actions"));
        assertThat(recorded.events()).element(1).isEqualTo(new OffTheJobActivityRecorded(there,
                SessionService.OTJ_SOURCE, session.id() + ":" + there, LocalDate.of(2026, 3, 10), LocalTime.of(10, 0),
                LocalTime.of(11, 0), 60, "MENTORING", "Teaching session: Testing", List.of("K1")));
        assertThat(recorded.events()).element(2).extracting(e -> ((OffTheJobActivityRecorded) e).apprenticeshipId())
                .isEqualTo(late);
    }

    @Test
    void marking_an_action_done_records_it_once_and_leaves_the_session_as_it_was() {
        SessionRow session = in(SessionState.RECORDED);
        UUID by = UUID.randomUUID();
        ActionRow open = new ActionRow(UUID.randomUUID(), session.id(), new ApprenticeshipId(UUID.randomUUID()), "Ada",
                "ACTION", "Read chapter 3", "LEARNER", LocalDate.of(2026, 3, 20), "OPEN", null, "Testing");
        SessionRow.Change done = session.completeAction(open, by);
        assertThat(done.to()).isEqualTo(SessionState.RECORDED);
        assertThat(done.values()).isEmpty();
        assertThat(done.done()).containsExactly(new SessionRow.DoneAction(open.id(), by));
        assertThat(done.events()).containsExactly(RecordChanged.updated("SessionAction", open.id(), "Open", "Done"));
        ActionRow closed = new ActionRow(open.id(), session.id(), open.apprenticeshipId(), "Ada", "ACTION",
                "Read chapter 3", "LEARNER", LocalDate.of(2026, 3, 20), "DONE", START, "Testing");
        assertThatThrownBy(() -> session.completeAction(closed, by)).isInstanceOf(SessionRefusedException.class)
                .hasMessageContaining("already done");
    }

    @Test
    void agreeing_more_actions_on_a_recorded_session_records_each_and_leaves_the_session_as_it_was() {
        SessionRow session = in(SessionState.RECORDED);
        SessionRow.NewAction action = new SessionRow.NewAction(UUID.randomUUID(),
                new ApprenticeshipId(UUID.randomUUID()), "ACTION", "Read chapter 3", "LEARNER",
                LocalDate.of(2026, 3, 20), false);
        SessionRow.Change agreed = session.agree(List.of(action));
        assertThat(agreed.to()).isEqualTo(SessionState.RECORDED);
        assertThat(agreed.values()).isEmpty();
        assertThat(agreed.events()).containsExactly(RecordChanged.created("SessionAction", action.id(),
                "Read chapter 3"));
        assertThatThrownBy(() -> in(SessionState.SCHEDULED).agree(List.of(action)))
                .isInstanceOf(SessionRefusedException.class);
        assertThatThrownBy(() -> in(SessionState.CANCELLED).agree(List.of(action)))
                .isInstanceOf(SessionRefusedException.class);
    }
}
