package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import waypoint.delivery.internal.SessionRefusedException;
import waypoint.delivery.internal.SessionTable;
import waypoint.delivery.internal.SessionTable.Action;

/** A session's states and moves, checked step by step and drawn to docs/workflows. */
class SessionTableTest {

    @Test
    void every_step_in_the_table_is_allowed_and_leads_where_it_says() {
        for (var step : SessionTable.STEPS) {
            assertThat(SessionTable.require(step.from(), step.action())).isEqualTo(step.to());
        }
    }

    @Test
    void every_step_not_in_the_table_is_refused_with_a_reason() {
        int refused = 0;
        for (SessionState state : SessionState.values()) {
            for (Action action : Action.values()) {
                boolean inTable = SessionTable.STEPS.stream().anyMatch(s -> s.from() == state && s.action() == action);
                if (!inTable) {
                    refused++;
                    assertThat(SessionTable.allows(state, action)).isFalse();
                    assertThatThrownBy(() -> SessionTable.require(state, action))
                            .isInstanceOf(SessionRefusedException.class)
                            .hasMessageContaining(state.words().toLowerCase())
                            .hasMessageContaining(action.words().toLowerCase());
                }
            }
        }
        assertThat(refused).isEqualTo(SessionState.values().length * Action.values().length - SessionTable.STEPS.size());
    }

    @Test
    void a_recorded_session_is_kept_as_written_and_only_gains_actions() {
        assertThat(SessionTable.allows(SessionState.RECORDED, Action.RECORD)).isFalse();
        assertThat(SessionTable.allows(SessionState.RECORDED, Action.RESCHEDULE)).isFalse();
        assertThat(SessionTable.allows(SessionState.RECORDED, Action.CANCEL)).isFalse();
        assertThat(SessionTable.require(SessionState.RECORDED, Action.ADD_ACTION)).isEqualTo(SessionState.RECORDED);
        assertThatThrownBy(() -> SessionTable.require(SessionState.RECORDED, Action.RECORD))
                .hasMessageContaining("its record is kept as it was written");
    }

    @Test
    void a_cancelled_session_cannot_be_recorded_moved_or_cancelled_again() {
        for (Action action : Action.values()) {
            assertThat(SessionTable.allows(SessionState.CANCELLED, action)).as(action.name()).isFalse();
        }
    }

    /** Draws the table to docs/workflows/teaching-sessions.md, which is kept in the repository. */
    @Test
    void the_diagram_in_docs_is_drawn_from_the_table() {
        String intro = """
                Drawn from `SessionTable` by `SessionTableTest` (do not edit by hand). The tutor schedules a session
                for one apprentice or a group; the apprentices and their line managers are told, and it appears in
                their calendar feeds. Guards beyond the table: only staff who may manage every apprenticeship of the
                session change it; a session is recorded only once its start time has passed; every change is made
                on the version the tutor was shown (else 409); attending (or arriving late) adds an off-the-job
                entry for the apprentice. Refused moves answer 409 in the API.
                """;
        StringBuilder more = new StringBuilder("| State | Words |\n|---|---|\n");
        for (SessionState state : SessionState.values()) {
            more.append("| ").append(state).append(" | ").append(state.words()).append(" |\n");
        }
        more.append("\n| From | Action | Allowed |\n|---|---|---|\n");
        for (SessionState state : SessionState.values()) {
            for (Action action : Action.values()) {
                more.append("| ").append(state).append(" | ").append(action.words()).append(" | ")
                        .append(SessionTable.next(state, action).map(to -> "yes, to " + to).orElse("no, refused"))
                        .append(" |\n");
            }
        }
        String md = SessionTable.TABLE.diagram(s -> s.action().words())
                .start(SessionState.SCHEDULED, "Schedule")
                .end(SessionState.RECORDED, SessionState.CANCELLED)
                .writeTo(Path.of("docs/workflows/teaching-sessions.md"), "Teaching, learning and assessment sessions",
                        intro, more.toString());
        assertThat(md).contains("SCHEDULED --> RECORDED: Record attendance and what was delivered");
    }
}
