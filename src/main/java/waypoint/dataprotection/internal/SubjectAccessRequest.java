package waypoint.dataprotection.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import waypoint.dataprotection.RequestState;
import waypoint.dataprotection.internal.RequestTable.Action;

/**
 * A subject access request (docs/domain/data-protection.md): the one place its state and deadline change. Each
 * intention-named method asks {@link RequestTable} first. The deadline is one calendar month after receipt (the
 * corresponding day of the next month, or its last day when it has none); it may be extended, once or twice, by up
 * to two further months in all, with a reason, and only while the first month has not run out.
 */
public final class SubjectAccessRequest {

    /** How the request came in. */
    public enum Channel {
        LEARNER_ACCOUNT("Asked from their account"),
        RECORDED_BY_STAFF("Recorded by staff");

        private final String words;

        Channel(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** How near its deadline an open request is. */
    public enum Flag {
        ON_TRACK, NEAR, PAST
    }

    /** Days before the deadline from which the data protection officer is reminded. */
    public static final int REMINDER_DAYS = 7;
    public static final int MAXIMUM_EXTENSION_MONTHS = 2;
    public static final String RECORD_TYPE = "SubjectAccessRequest";

    private final UUID id;
    private final UUID learnerId;
    private final UUID learnerAccountId;
    private final String learnerName;
    private final Channel channel;
    private final String requestWords;
    private final LocalDate receivedOn;
    private final UUID recordedBy;
    private final String recordedByName;
    private final Instant recordedAt;
    private final int version;
    private RequestState state;
    private int extensionMonths;
    private String extensionReason;
    private String identityNote;
    private Instant identityCheckedAt;
    private Instant gatheredAt;
    private String review;
    private List<String> withheld;
    private String refusalReason;
    private Instant decidedAt;
    private String decidedByName;
    private String packFileId;
    private Long packSize;

    @SuppressWarnings("java:S107")
    SubjectAccessRequest(UUID id, UUID learnerId, UUID learnerAccountId, String learnerName, Channel channel,
            String requestWords, LocalDate receivedOn, UUID recordedBy, String recordedByName, Instant recordedAt,
            int version, RequestState state, int extensionMonths, String extensionReason, String identityNote,
            Instant identityCheckedAt, Instant gatheredAt, String review, List<String> withheld,
            String refusalReason, Instant decidedAt, String decidedByName, String packFileId, Long packSize) {
        this.id = id;
        this.learnerId = learnerId;
        this.learnerAccountId = learnerAccountId;
        this.learnerName = learnerName;
        this.channel = channel;
        this.requestWords = requestWords;
        this.receivedOn = receivedOn;
        this.recordedBy = recordedBy;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
        this.version = version;
        this.state = state;
        this.extensionMonths = extensionMonths;
        this.extensionReason = extensionReason;
        this.identityNote = identityNote;
        this.identityCheckedAt = identityCheckedAt;
        this.gatheredAt = gatheredAt;
        this.review = review;
        this.withheld = List.copyOf(withheld);
        this.refusalReason = refusalReason;
        this.decidedAt = decidedAt;
        this.decidedByName = decidedByName;
        this.packFileId = packFileId;
        this.packSize = packSize;
    }

    /** A request just received: its month starts on the day it came in. */
    public static SubjectAccessRequest received(UUID learnerId, UUID learnerAccountId, String learnerName,
            Channel channel, String requestWords, LocalDate receivedOn, UUID recordedBy, String recordedByName,
            Instant at) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        return new SubjectAccessRequest(UUID.randomUUID(), learnerId, learnerAccountId, learnerName, channel,
                blankToNull(requestWords), receivedOn, recordedBy, recordedByName, at, 0, RequestState.RECEIVED, 0,
                null, null, null, null, null, List.of(), null, null, null, null, null);
    }

    /** The person is who they say they are: signed in to their own account, or as the note records. */
    public void checkIdentity(String note, Instant at) {
        if (note == null || note.isBlank()) {
            throw new RequestRefusedException("Say how the person's identity was checked");
        }
        state = RequestTable.require(state, Action.CHECK_IDENTITY);
        identityNote = note.strip();
        identityCheckedAt = at;
    }

    public void startGathering() {
        state = RequestTable.require(state, Action.START_GATHERING);
    }

    /** Every module has answered; what the data protection officer must look at is in {@code review}. */
    public void finishGathering(String review, Instant at) {
        state = RequestTable.require(state, Action.FINISH_GATHERING);
        this.review = review;
        this.gatheredAt = at;
    }

    /** Something changed since it was gathered: gather again before release. */
    public void gatherAgain() {
        state = RequestTable.require(state, Action.GATHER_AGAIN);
        review = null;
        gatheredAt = null;
    }

    /** The whole pack goes to the person. */
    public void release(String packFileId, long packSize, String decidedByName, Instant at) {
        state = RequestTable.require(state, Action.RELEASE);
        decide(packFileId, packSize, decidedByName, at);
    }

    /** The pack goes to the person without the sections named, for the reason given (which the person reads). */
    public void refuseInPart(List<String> withheldSections, String reason, String packFileId, long packSize,
            String decidedByName, Instant at) {
        if (withheldSections == null || withheldSections.isEmpty()) {
            throw new RequestRefusedException("Choose the parts you are refusing, or release the whole pack");
        }
        if (reason == null || reason.isBlank()) {
            throw new RequestRefusedException("Say why those parts are refused: the person reads this");
        }
        state = RequestTable.require(state, Action.REFUSE_IN_PART);
        withheld = List.copyOf(withheldSections);
        refusalReason = reason.strip();
        decide(packFileId, packSize, decidedByName, at);
    }

    /**
     * Extends the deadline by {@code months} more (up to two in all), with the reason the person is told. The law
     * lets a controller extend only by telling the person within the first month, so an extension is refused once the
     * first month has run out.
     */
    public void extend(int months, String reason, LocalDate today) {
        if (months < 1 || extensionMonths + months > MAXIMUM_EXTENSION_MONTHS) {
            throw new RequestRefusedException("A deadline can be extended by up to "
                    + MAXIMUM_EXTENSION_MONTHS + " months in all" + (extensionMonths > 0
                    ? "; it is already extended by " + extensionMonths + (extensionMonths == 1 ? " month" : " months")
                    : ""));
        }
        if (reason == null || reason.isBlank()) {
            throw new RequestRefusedException("Say why the deadline is extended: the person is told");
        }
        if (today.isAfter(firstDeadline())) {
            throw new RequestRefusedException("The first month ran out on " + firstDeadline()
                    + ": a deadline can only be extended within it");
        }
        state = RequestTable.require(state, Action.EXTEND);
        extensionMonths += months;
        extensionReason = extensionReason == null ? reason.strip() : extensionReason + "\n" + reason.strip();
    }

    private void decide(String packFileId, long packSize, String decidedByName, Instant at) {
        this.packFileId = Objects.requireNonNull(packFileId, "packFileId");
        this.packSize = packSize;
        this.decidedByName = decidedByName;
        this.decidedAt = at;
    }

    /** One calendar month after receipt. */
    public LocalDate firstDeadline() {
        return receivedOn.plusMonths(1);
    }

    /** The deadline, extensions included. */
    public LocalDate dueOn() {
        return receivedOn.plusMonths(1L + extensionMonths);
    }

    public Flag flag(LocalDate today) {
        if (!state.isOpen()) {
            return Flag.ON_TRACK;
        }
        if (today.isAfter(dueOn())) {
            return Flag.PAST;
        }
        return ChronoUnit.DAYS.between(today, dueOn()) <= REMINDER_DAYS ? Flag.NEAR : Flag.ON_TRACK;
    }

    public boolean allows(Action action) {
        return RequestTable.allows(state, action);
    }

    /** A line for the audit trail. */
    public String summaryLine() {
        return "Subject access request for " + learnerName + ": " + state.words() + ", due " + dueOn();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID learnerId() {
        return learnerId;
    }

    public UUID learnerAccountId() {
        return learnerAccountId;
    }

    public String learnerName() {
        return learnerName;
    }

    public Channel channel() {
        return channel;
    }

    public Optional<String> requestWords() {
        return Optional.ofNullable(requestWords);
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public UUID recordedBy() {
        return recordedBy;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public int version() {
        return version;
    }

    public RequestState state() {
        return state;
    }

    public int extensionMonths() {
        return extensionMonths;
    }

    public Optional<String> extensionReason() {
        return Optional.ofNullable(extensionReason);
    }

    public Optional<String> identityNote() {
        return Optional.ofNullable(identityNote);
    }

    public Optional<Instant> identityCheckedAt() {
        return Optional.ofNullable(identityCheckedAt);
    }

    public Optional<Instant> gatheredAt() {
        return Optional.ofNullable(gatheredAt);
    }

    public Optional<String> review() {
        return Optional.ofNullable(review);
    }

    public List<String> withheld() {
        return withheld;
    }

    public Optional<String> refusalReason() {
        return Optional.ofNullable(refusalReason);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decidedByName() {
        return Optional.ofNullable(decidedByName);
    }

    public Optional<String> packFileId() {
        return Optional.ofNullable(packFileId);
    }

    public Optional<Long> packSize() {
        return Optional.ofNullable(packSize);
    }
}
