package waypoint.dataprotection.internal;

import static waypoint.dataprotection.RequestState.GATHERING;
import static waypoint.dataprotection.RequestState.IDENTITY_CHECKED;
import static waypoint.dataprotection.RequestState.READY_FOR_REVIEW;
import static waypoint.dataprotection.RequestState.RECEIVED;
import static waypoint.dataprotection.RequestState.REFUSED_IN_PART;
import static waypoint.dataprotection.RequestState.RELEASED;
import static waypoint.shared.workflow.StateTable.row;

import waypoint.dataprotection.RequestState;
import waypoint.shared.workflow.StateTable;

/**
 * A subject access request's life, one row per allowed move (docs/domain/data-protection.md, "Answering a subject
 * access request"): received, the person's identity checked, their data gathered from every module, reviewed by the
 * data protection officer, then released whole or with parts refused. The deadline may be extended while the request
 * is open. Anything not in the table is refused. Drawn as docs/workflows/subject-access-request.md by
 * RequestTableTest.
 */
public final class RequestTable {

    public enum Action {
        CHECK_IDENTITY("Check the person's identity"),
        START_GATHERING("Gather their data"),
        FINISH_GATHERING("Finish gathering: ready for review"),
        GATHER_AGAIN("Gather their data again"),
        RELEASE("Release the pack"),
        REFUSE_IN_PART("Release the pack with parts refused"),
        EXTEND("Extend the deadline");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public static final StateTable<RequestState, Action, StateTable.Row<RequestState, Action>> TABLE = StateTable.of(
            row(RECEIVED, Action.CHECK_IDENTITY, IDENTITY_CHECKED),
            row(IDENTITY_CHECKED, Action.START_GATHERING, GATHERING),
            row(GATHERING, Action.FINISH_GATHERING, READY_FOR_REVIEW),
            row(READY_FOR_REVIEW, Action.GATHER_AGAIN, GATHERING),
            row(READY_FOR_REVIEW, Action.RELEASE, RELEASED),
            row(READY_FOR_REVIEW, Action.REFUSE_IN_PART, REFUSED_IN_PART),
            row(RECEIVED, Action.EXTEND, RECEIVED),
            row(IDENTITY_CHECKED, Action.EXTEND, IDENTITY_CHECKED),
            row(GATHERING, Action.EXTEND, GATHERING),
            row(READY_FOR_REVIEW, Action.EXTEND, READY_FOR_REVIEW));

    private RequestTable() {
    }

    public static boolean allows(RequestState from, Action action) {
        return TABLE.allows(from, action);
    }

    /** The state after the action, or a refusal saying why not. */
    public static RequestState require(RequestState from, Action action) {
        return TABLE.require(from, action, (state, a) -> new RequestRefusedException("A request that is “"
                + from.words().toLowerCase() + "” cannot “" + action.words().toLowerCase() + "”"));
    }
}
