package waypoint.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.review.ReviewState;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.signing.Signature;
import waypoint.shared.time.GovUkDates;

/**
 * A progress review (without its record's versions), and the only way to change one: each intention-named method
 * asks {@link ReviewTable} and answers the {@link Change} to make, with the audit events it causes; only
 * {@link ReviewRepository#save} writes a change and publishes its events, so no route (page, API, import, demo loader)
 * can set a state the table does not allow or forget to say so (docs/domain/progress-reviews.md).
 */
public record ReviewRow(UUID id, ApprenticeshipId apprenticeshipId, int number, ReviewState state, LocalDate anchorDate,
        LocalDate dueDate, String dueExplanation, String exceptionReason, String exceptionAgreedBy,
        LocalDate exceptionAgreedOn, Instant meetingAt, String meetingPlace, LocalDate heldOn,
        LocalDate suggestedDate, String reflection, String draftJson, int recordVersion, Instant signedAt,
        int lockVersion) {

    private static final String RECORD = "progress review";

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

    /** A signature the move keeps: a party's, on the version they were shown. */
    public record NewSignature(int version, ReviewParty party, Signature signature) {
    }

    /**
     * One checked move of a review: from the state it was read in, to the state the table gives, with its values,
     * the signature it keeps (if any) and the audit events it causes, which {@link ReviewRepository#save} publishes
     * once it has written the move.
     */
    public record Change(UUID reviewId, int lockVersion, ReviewState from, ReviewState to, Map<Column, Object> values,
            NewSignature signature, List<RecordChanged> events) {

        public Change {
            values = Collections.unmodifiableMap(values);
            events = List.copyOf(events);
        }

        /** Whether the review's own row changes (a signature that is not the last keeps the row as it is). */
        boolean changesRow() {
            return from != to || !values.isEmpty();
        }
    }

    private Change move(ReviewTable.Action action, int expectedLockVersion, Map<Column, Object> values,
            RecordChanged... events) {
        return move(action, expectedLockVersion, values, null, events);
    }

    private Change move(ReviewTable.Action action, int expectedLockVersion, Map<Column, Object> values,
            NewSignature signature, RecordChanged... events) {
        ReviewState to = ReviewTable.require(state, action);
        Map<Column, Object> all = new EnumMap<>(Column.class);
        all.putAll(values);
        return new Change(id, expectedLockVersion, state, to, all, signature, List.of(events));
    }

    /** Plans or re-plans the meeting. */
    public Change plan(int expectedLockVersion, Instant meeting, String place) {
        return move(ReviewTable.Action.PLAN, expectedLockVersion, Map.of(Column.MEETING_AT, meeting,
                Column.MEETING_PLACE, place), RecordChanged.updated(RECORD, id, state.words(),
                        "meeting on " + GovUkDates.time(meeting) + " at " + place));
    }

    /** Another due date, agreed with the employer for an evidenced reason. */
    public Change agreeException(int expectedLockVersion, LocalDate due, String explanation, String reason,
            String agreedBy, LocalDate agreedOn) {
        return move(ReviewTable.Action.AGREE_EXCEPTION, expectedLockVersion, Map.of(Column.DUE_DATE, due,
                Column.DUE_EXPLANATION, explanation, Column.EXCEPTION_REASON, reason,
                Column.EXCEPTION_AGREED_BY, agreedBy, Column.EXCEPTION_AGREED_ON, agreedOn),
                RecordChanged.updated("progress review due date", id, GovUkDates.date(dueDate),
                        GovUkDates.date(due) + " agreed by " + agreedBy + ": " + reason));
    }

    /** The apprentice's self-reflection. */
    public Change reflect(int expectedLockVersion, String text) {
        return move(ReviewTable.Action.REFLECT, expectedLockVersion, Map.of(Column.REFLECTION, text),
                RecordChanged.updated("progress review self-reflection", id, "", "written"));
    }

    /** The tutor's draft of the record, kept as typed (a draft is not audited: the versions sent are). */
    public Change writeRecord(int expectedLockVersion, String draft) {
        return move(ReviewTable.Action.EDIT_RECORD, expectedLockVersion, Map.of(Column.DRAFT, draft));
    }

    /**
     * The checked record becomes version {@code version}, held on {@code heldOn}, waiting for the signatures;
     * {@code changes} say what changed since the version before.
     */
    public Change sendForSignatures(int expectedLockVersion, int version, LocalDate heldOn, List<String> changes) {
        return move(ReviewTable.Action.SEND_FOR_SIGNATURES, expectedLockVersion, Map.of(Column.RECORD_VERSION,
                version, Column.HELD_ON, heldOn), RecordChanged.created("progress review record version " + version,
                        id, String.join("; ", changes)));
    }

    /** Opens the record for an amendment: it will be signed again. */
    public Change amend(int expectedLockVersion) {
        Map<Column, Object> values = new EnumMap<>(Column.class);
        values.put(Column.SIGNED_AT, null);
        return move(ReviewTable.Action.AMEND, expectedLockVersion, values,
                RecordChanged.updated(RECORD, id, state.words(), "being amended"));
    }

    /**
     * A party's signature on the version they were shown; {@code signedBefore} others signed it already, so the last
     * of the three completes and locks the review.
     */
    public Change sign(ReviewParty party, int version, Signature signature, int signedBefore) {
        NewSignature kept = new NewSignature(version, party, signature);
        RecordChanged signed = RecordChanged.created("progress review signature", id,
                party.words() + " signed version " + version + " as " + signature.typedName());
        if (signedBefore == ReviewParty.values().length - 1) {
            return move(ReviewTable.Action.SIGN_LAST, lockVersion, Map.of(Column.SIGNED_AT, signature.signedAt()),
                    kept, signed);
        }
        return move(ReviewTable.Action.SIGN, lockVersion, Map.of(), kept, signed);
    }

    /** An open review of an apprenticeship that ended is cancelled. */
    public Change cancel() {
        return move(ReviewTable.Action.CANCEL, lockVersion, Map.of(),
                RecordChanged.updated(RECORD, id, state.words(), "cancelled: the apprenticeship ended"));
    }
}
