package waypoint.review.internal;

import static waypoint.review.ReviewState.AMENDING;
import static waypoint.review.ReviewState.AWAITING_SIGNATURES;
import static waypoint.review.ReviewState.CANCELLED;
import static waypoint.review.ReviewState.DUE;
import static waypoint.review.ReviewState.PLANNED;
import static waypoint.review.ReviewState.SIGNED;

import java.util.List;
import java.util.Optional;

import waypoint.review.ReviewState;

/**
 * The progress review's life, one row per allowed move (issue 7): a review falls due, is planned as a meeting (and
 * re-planned), its record is written and sent for the three signatures, each signature is a step, the last one
 * completes it; a signed record is locked and only an amendment (a new version, signed again) changes it. Anything
 * not in the table is refused. Drawn as docs/workflows/progress-review.md by ReviewTableTest.
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

    public record Step(ReviewState from, Action action, ReviewState to) {
    }

    public static final List<Step> STEPS = List.of(
            new Step(DUE, Action.PLAN, PLANNED),
            new Step(DUE, Action.AGREE_EXCEPTION, DUE),
            new Step(PLANNED, Action.PLAN, PLANNED),
            new Step(PLANNED, Action.AGREE_EXCEPTION, PLANNED),
            new Step(PLANNED, Action.REFLECT, PLANNED),
            new Step(PLANNED, Action.EDIT_RECORD, PLANNED),
            new Step(PLANNED, Action.SEND_FOR_SIGNATURES, AWAITING_SIGNATURES),
            new Step(AWAITING_SIGNATURES, Action.SIGN, AWAITING_SIGNATURES),
            new Step(AWAITING_SIGNATURES, Action.SIGN_LAST, SIGNED),
            new Step(AWAITING_SIGNATURES, Action.AMEND, AMENDING),
            new Step(SIGNED, Action.AMEND, AMENDING),
            new Step(AMENDING, Action.EDIT_RECORD, AMENDING),
            new Step(AMENDING, Action.SEND_FOR_SIGNATURES, AWAITING_SIGNATURES),
            new Step(DUE, Action.CANCEL, CANCELLED),
            new Step(PLANNED, Action.CANCEL, CANCELLED));

    private ReviewTable() {
    }

    public static Optional<ReviewState> next(ReviewState from, Action action) {
        return STEPS.stream().filter(s -> s.from() == from && s.action() == action).map(Step::to).findFirst();
    }

    public static boolean allows(ReviewState from, Action action) {
        return next(from, action).isPresent();
    }

    /** The state after the action, or a refusal saying why not. */
    public static ReviewState require(ReviewState from, Action action) {
        return next(from, action).orElseThrow(() -> new ReviewRefusedException("A review that is “"
                + from.words().toLowerCase() + "” cannot “" + action.words().toLowerCase() + "”"
                + (from == SIGNED ? ": a signed record is locked; amend it to change it" : "")));
    }
}
