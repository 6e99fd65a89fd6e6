package waypoint.delivery.internal;

import static waypoint.delivery.SessionState.CANCELLED;
import static waypoint.delivery.SessionState.RECORDED;
import static waypoint.delivery.SessionState.SCHEDULED;

import static waypoint.shared.workflow.StateTable.row;

import java.util.List;
import java.util.Optional;

import waypoint.delivery.SessionState;
import waypoint.shared.workflow.StateTable;

/**
 * A session's life, one row per allowed move (docs/domain/teaching-sessions.md): the tutor schedules it, may move it to
 * another time or place (everyone is told), cancel it (everyone is told), and once it has taken place records
 * attendance, what was delivered or assessed and the agreed actions; more actions may be agreed on a recorded
 * session, and each is marked done once; an apprentice who joins the group (a cohort's newcomer) is added to its
 * sessions still to come. A recorded or cancelled session never goes back. Anything not in the table is refused. Drawn as
 * docs/workflows/teaching-sessions.md by SessionTableTest.
 */
public final class SessionTable {

    public enum Action {
        RESCHEDULE("Move to another time or place"),
        RECORD("Record attendance and what was delivered"),
        CANCEL("Cancel"),
        ADD_ACTION("Agree another action or assessment plan"),
        COMPLETE_ACTION("Mark an agreed action done"),
        JOIN("Add an apprentice who joined the group");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public static final StateTable<SessionState, Action, StateTable.Row<SessionState, Action>> TABLE = StateTable.of(
            row(SCHEDULED, Action.RESCHEDULE, SCHEDULED),
            row(SCHEDULED, Action.RECORD, RECORDED),
            row(SCHEDULED, Action.CANCEL, CANCELLED),
            row(SCHEDULED, Action.JOIN, SCHEDULED),
            row(RECORDED, Action.ADD_ACTION, RECORDED),
            row(RECORDED, Action.COMPLETE_ACTION, RECORDED));

    /** The rows of the table, in the order written. */
    public static final List<StateTable.Row<SessionState, Action>> STEPS = TABLE.moves();

    private SessionTable() {
    }

    public static Optional<SessionState> next(SessionState from, Action action) {
        return TABLE.next(from, action);
    }

    public static boolean allows(SessionState from, Action action) {
        return TABLE.allows(from, action);
    }

    /** The state after the action, or a refusal saying why not. */
    public static SessionState require(SessionState from, Action action) {
        return TABLE.require(from, action, (state, a) -> new SessionRefusedException("A session that is “"
                + from.words().toLowerCase() + "” cannot “" + action.words().toLowerCase() + "”"
                + (from == RECORDED ? ": its record is kept as it was written" : "")));
    }
}
