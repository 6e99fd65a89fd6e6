package waypoint.delivery.internal;

import static waypoint.delivery.SessionState.CANCELLED;
import static waypoint.delivery.SessionState.RECORDED;
import static waypoint.delivery.SessionState.SCHEDULED;

import java.util.List;
import java.util.Optional;

import waypoint.delivery.SessionState;

/**
 * A session's life, one row per allowed move (issue 6, items 7 and 8): the tutor schedules it, may move it to
 * another time or place (everyone is told), cancel it (everyone is told), and once it has taken place records
 * attendance, what was delivered or assessed and the agreed actions; more actions may be agreed on a recorded
 * session. A recorded or cancelled session never goes back. Anything not in the table is refused. Drawn as
 * docs/workflows/teaching-sessions.md by SessionTableTest.
 */
public final class SessionTable {

    public enum Action {
        RESCHEDULE("Move to another time or place"),
        RECORD("Record attendance and what was delivered"),
        CANCEL("Cancel"),
        ADD_ACTION("Agree another action or assessment plan");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public record Step(SessionState from, Action action, SessionState to) {
    }

    public static final List<Step> STEPS = List.of(
            new Step(SCHEDULED, Action.RESCHEDULE, SCHEDULED),
            new Step(SCHEDULED, Action.RECORD, RECORDED),
            new Step(SCHEDULED, Action.CANCEL, CANCELLED),
            new Step(RECORDED, Action.ADD_ACTION, RECORDED));

    private SessionTable() {
    }

    public static Optional<SessionState> next(SessionState from, Action action) {
        return STEPS.stream().filter(s -> s.from() == from && s.action() == action).map(Step::to).findFirst();
    }

    public static boolean allows(SessionState from, Action action) {
        return next(from, action).isPresent();
    }

    /** The state after the action, or a refusal saying why not. */
    public static SessionState require(SessionState from, Action action) {
        return next(from, action).orElseThrow(() -> new SessionRefusedException("A session that is “"
                + from.words().toLowerCase() + "” cannot “" + action.words().toLowerCase() + "”"
                + (from == RECORDED ? ": its record is kept as it was written" : "")));
    }
}
