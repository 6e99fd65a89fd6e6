package waypoint.review.internal;

import static waypoint.review.ReviewState.AMENDING;
import static waypoint.review.ReviewState.AWAITING_SIGNATURES;
import static waypoint.review.ReviewState.CANCELLED;
import static waypoint.review.ReviewState.DUE;
import static waypoint.review.ReviewState.PLANNED;
import static waypoint.review.ReviewState.SIGNED;

import static waypoint.shared.workflow.StateTable.row;

import java.util.List;
import java.util.Optional;

import waypoint.review.ReviewState;
import waypoint.shared.workflow.StateTable;

/**
 * The progress review's life, one row per allowed move (docs/domain/progress-reviews.md): a review falls due, is
 * planned as a meeting (and re-planned), its record is written and sent for the three signatures, each signature is a
 * step, the last one completes it; a signed record is locked and only an amendment (a new version, signed again)
 * changes it. Anything not in the table is refused. Drawn as docs/workflows/progress-review.md by ReviewTableTest.
 */
public final class ReviewTable {

    public enum Action {
        PLAN("Plan the meeting"),
        AGREE_EXCEPTION("Agree another due date with the employer"),
        REFLECT("Write the self-reflection"),
        EDIT_RECORD("Write the record"),
        SEND_FOR_SIGNATURES("Send the record for signatures"),
        SIGN("Sign"),
        SIGN_LAST("Sign, the last of the three"),
        AMEND("Amend the record"),
        CANCEL("Cancel: the apprenticeship ended");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public static final StateTable<ReviewState, Action, StateTable.Row<ReviewState, Action>> TABLE = StateTable.of(
            row(DUE, Action.PLAN, PLANNED),
            row(DUE, Action.AGREE_EXCEPTION, DUE),
            row(PLANNED, Action.PLAN, PLANNED),
            row(PLANNED, Action.AGREE_EXCEPTION, PLANNED),
            row(PLANNED, Action.REFLECT, PLANNED),
            row(PLANNED, Action.EDIT_RECORD, PLANNED),
            row(PLANNED, Action.SEND_FOR_SIGNATURES, AWAITING_SIGNATURES),
            row(AWAITING_SIGNATURES, Action.SIGN, AWAITING_SIGNATURES),
            row(AWAITING_SIGNATURES, Action.SIGN_LAST, SIGNED),
            row(AWAITING_SIGNATURES, Action.AMEND, AMENDING),
            row(SIGNED, Action.AMEND, AMENDING),
            row(AMENDING, Action.EDIT_RECORD, AMENDING),
            row(AMENDING, Action.SEND_FOR_SIGNATURES, AWAITING_SIGNATURES),
            row(DUE, Action.CANCEL, CANCELLED),
            row(PLANNED, Action.CANCEL, CANCELLED));

    /** The rows of the table, in the order written. */
    public static final List<StateTable.Row<ReviewState, Action>> STEPS = TABLE.moves();

    private ReviewTable() {
    }

    public static Optional<ReviewState> next(ReviewState from, Action action) {
        return TABLE.next(from, action);
    }

    public static boolean allows(ReviewState from, Action action) {
        return TABLE.allows(from, action);
    }

    /** The state after the action, or a refusal saying why not. */
    public static ReviewState require(ReviewState from, Action action) {
        return TABLE.require(from, action, (state, a) -> new ReviewRefusedException("A review that is “"
                + from.words().toLowerCase() + "” cannot “" + action.words().toLowerCase() + "”"
                + (from == SIGNED ? ": a signed record is locked; amend it to change it" : "")));
    }
}
