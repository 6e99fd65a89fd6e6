package waypoint.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import waypoint.review.ReviewState;

/**
 * A progress review (without its record's versions), and the only way to change one: each intention-named method
 * asks {@link ReviewTable} and answers the {@link Change} that {@link ReviewStore#apply} writes, so no route (page,
 * API, import, demo loader) can set a state the table does not allow (docs/domain/progress-reviews.md).
 */
public record ReviewRow(UUID id, UUID apprenticeshipId, int number, ReviewState state, LocalDate anchorDate,
        LocalDate dueDate, String dueExplanation, String exceptionReason, String exceptionAgreedBy,
        LocalDate exceptionAgreedOn, Instant meetingAt, String meetingPlace, LocalDate heldOn,
        LocalDate suggestedDate, String reflection, String draftJson, int recordVersion, Instant signedAt,
        int lockVersion) {

    /** Not held by its due date. */
    public boolean overdueOn(LocalDate today) {
        return state.toBeHeld() && dueDate != null && dueDate.isBefore(today);
    }

    /** Paused by a break in learning: nothing is due until the apprentice returns. */
    public boolean paused() {
        return state.toBeHeld() && dueDate == null;
    }

    public boolean hasException() {
        return exceptionReason != null;
    }

    /** The columns an intention may set besides the state, which only the table decides. */
    public enum Column {
        MEETING_AT("meeting_at"), MEETING_PLACE("meeting_place"), DUE_DATE("due_date"),
        DUE_EXPLANATION("due_explanation"), EXCEPTION_REASON("exception_reason"),
        EXCEPTION_AGREED_BY("exception_agreed_by"), EXCEPTION_AGREED_ON("exception_agreed_on"),
        REFLECTION("reflection"), DRAFT("draft"), RECORD_VERSION("record_version"), HELD_ON("held_on"),
        SIGNED_AT("signed_at");

        private final String column;

        Column(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /** One checked move of a review: from the state it was read in, to the state the table gives, with its values. */
    public record Change(UUID reviewId, int lockVersion, ReviewState from, ReviewState to, Map<Column, Object> values) {

        public Change {
            values = Collections.unmodifiableMap(values);
        }
    }

    private Change move(ReviewTable.Action action, int expectedLockVersion, Map<Column, Object> values) {
        ReviewState to = ReviewTable.require(state, action);
        Map<Column, Object> all = new EnumMap<>(Column.class);
        all.putAll(values);
        return new Change(id, expectedLockVersion, state, to, all);
    }

    /** Plans or re-plans the meeting. */
    public Change plan(int expectedLockVersion, Instant meeting, String place) {
        return move(ReviewTable.Action.PLAN, expectedLockVersion, Map.of(Column.MEETING_AT, meeting,
                Column.MEETING_PLACE, place));
    }

    /** Another due date, agreed with the employer for an evidenced reason. */
    public Change agreeException(int expectedLockVersion, LocalDate due, String explanation, String reason,
            String agreedBy, LocalDate agreedOn) {
        return move(ReviewTable.Action.AGREE_EXCEPTION, expectedLockVersion, Map.of(Column.DUE_DATE, due,
                Column.DUE_EXPLANATION, explanation, Column.EXCEPTION_REASON, reason,
                Column.EXCEPTION_AGREED_BY, agreedBy, Column.EXCEPTION_AGREED_ON, agreedOn));
    }

    /** The apprentice's self-reflection. */
    public Change reflect(int expectedLockVersion, String text) {
        return move(ReviewTable.Action.REFLECT, expectedLockVersion, Map.of(Column.REFLECTION, text));
    }

    /** The tutor's draft of the record, kept as typed. */
    public Change writeRecord(int expectedLockVersion, String draft) {
        return move(ReviewTable.Action.EDIT_RECORD, expectedLockVersion, Map.of(Column.DRAFT, draft));
    }

    /** The checked record becomes version {@code version}, held on {@code heldOn}, waiting for the signatures. */
    public Change sendForSignatures(int expectedLockVersion, int version, LocalDate heldOn) {
        return move(ReviewTable.Action.SEND_FOR_SIGNATURES, expectedLockVersion, Map.of(Column.RECORD_VERSION,
                version, Column.HELD_ON, heldOn));
    }

    /** Opens the record for an amendment: it will be signed again. */
    public Change amend(int expectedLockVersion) {
        Map<Column, Object> values = new EnumMap<>(Column.class);
        values.put(Column.SIGNED_AT, null);
        return move(ReviewTable.Action.AMEND, expectedLockVersion, values);
    }

    /** The last of the three signatures completes and locks the review. */
    public Change signLast(Instant at) {
        return move(ReviewTable.Action.SIGN_LAST, lockVersion, Map.of(Column.SIGNED_AT, at));
    }

    /** An open review of an apprenticeship that ended is cancelled. */
    public Change cancel() {
        return move(ReviewTable.Action.CANCEL, lockVersion, Map.of());
    }
}
