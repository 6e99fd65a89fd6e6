package waypoint.admissions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.ids.TypedId;

/**
 * An enquiry or an application on the triage board (docs/domain/admissions.md). Its state changes only through the
 * intention-named methods below, each asking {@link TriageTable} first; accepting also takes a place on the cohort,
 * which refuses when the cohort is full.
 */
public final class Admission {

    public enum Kind {
        ENQUIRY("Enquiry"),
        APPLICATION("Application");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The employer's agreement to the apprenticeship, recorded on acceptance. */
    public record EmployerAgreement(String agreedBy, LocalDate agreedOn) {
    }

    private final UUID id;
    private final String reference;
    private final Kind kind;
    private final UUID courseId;
    private final UUID cohortId;
    private final PersonDetails person;
    private final boolean spam;
    private final Instant receivedAt;
    private AdmissionState state;
    private Instant stateSince;
    private UUID ownerStaffId;
    private String notEligibleReason;
    private String withdrawnReason;
    private UUID learnerId;
    private UUID apprenticeshipId;
    private EmployerAgreement agreement;
    private Instant remindedAt;
    private final int version;

    Admission(UUID id, String reference, Kind kind, UUID courseId, UUID cohortId, PersonDetails person, boolean spam,
            Instant receivedAt, AdmissionState state, Instant stateSince, UUID ownerStaffId, String notEligibleReason,
            String withdrawnReason, UUID learnerId, UUID apprenticeshipId, EmployerAgreement agreement,
            Instant remindedAt, int version) {
        this.id = id;
        this.reference = reference;
        this.kind = kind;
        this.courseId = courseId;
        this.cohortId = cohortId;
        this.person = person;
        this.spam = spam;
        this.receivedAt = receivedAt;
        this.state = state;
        this.stateSince = stateSince;
        this.ownerStaffId = ownerStaffId;
        this.notEligibleReason = notEligibleReason;
        this.withdrawnReason = withdrawnReason;
        this.learnerId = learnerId;
        this.apprenticeshipId = apprenticeshipId;
        this.agreement = agreement;
        this.remindedAt = remindedAt;
        this.version = version;
    }

    /** A new enquiry about a course. */
    public static Admission enquiry(String reference, UUID courseId, PersonDetails person, boolean spam, Instant at) {
        return new Admission(UUID.randomUUID(), reference, Kind.ENQUIRY, courseId, null, person, spam, at,
                AdmissionState.NEW, at, null, null, null, null, null, null, null, 0);
    }

    /** A new application to join a cohort of a course. */
    public static Admission application(String reference, UUID courseId, UUID cohortId, PersonDetails person,
            boolean spam, Instant at) {
        Objects.requireNonNull(cohortId, "cohortId");
        return new Admission(UUID.randomUUID(), reference, Kind.APPLICATION, courseId, cohortId, person, spam, at,
                AdmissionState.NEW, at, null, null, null, null, null, null, null, 0);
    }

    public void contact(Instant at) {
        move(TriageAction.CONTACT, at);
    }

    public void findEligible(Instant at) {
        move(TriageAction.FIND_ELIGIBLE, at);
    }

    /** Not eligible, and why: the reason is told to nobody but staff, and is required. */
    public void findNotEligible(String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new AdmissionRefused("Enter why they are not eligible");
        }
        move(TriageAction.FIND_NOT_ELIGIBLE, at);
        notEligibleReason = reason.strip();
    }

    public void withdraw(String reason, Instant at) {
        move(TriageAction.WITHDRAW, at);
        withdrawnReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public void reopen(Instant at) {
        move(TriageAction.REOPEN, at);
        notEligibleReason = null;
        withdrawnReason = null;
    }

    /**
     * Accepted onto its cohort: only an eligible application, only with the employer's agreement, and only while
     * the cohort has a place (the cohort takes it). The learner and apprenticeship it became are kept with it.
     */
    public void accept(Cohort cohort, EmployerAgreement agreement, UUID learnerId, ApprenticeshipId apprenticeshipId,
            Instant at) {
        requireAcceptable(cohort, agreement);
        move(TriageAction.ACCEPT, at);
        cohort.takePlace();
        this.agreement = agreement;
        this.learnerId = Objects.requireNonNull(learnerId, "learnerId");
        this.apprenticeshipId = Objects.requireNonNull(apprenticeshipId, "apprenticeshipId").value();
    }

    /** The checks of {@link #accept}, asked before the learner and apprenticeship are made. */
    public void requireAcceptable(Cohort cohort, EmployerAgreement agreement) {
        if (kind != Kind.APPLICATION) {
            throw new AdmissionRefused("An enquiry is not accepted onto a cohort: the person applies for a cohort"
                    + " first");
        }
        TriageTable.TABLE.require(state, TriageAction.ACCEPT, this::refusal);
        if (cohort == null || !cohort.id().equals(cohortId)) {
            throw new AdmissionRefused("An application is accepted onto the cohort it applied for");
        }
        if (agreement == null || agreement.agreedBy() == null || agreement.agreedBy().isBlank()
                || agreement.agreedOn() == null) {
            throw new AdmissionRefused("Record who at the employer agreed to the apprenticeship, and when");
        }
        cohort.requirePlace();
    }

    public void assignTo(UUID staffId) {
        if (!state.isOpen() && staffId != null) {
            throw new AdmissionRefused("Only an open enquiry or application is given an owner");
        }
        ownerStaffId = staffId;
    }

    /** Staff were reminded it is waiting; the next reminder counts from now. */
    public void reminded(Instant at) {
        remindedAt = at;
    }

    private void move(TriageAction action, Instant at) {
        state = TriageTable.TABLE.require(state, action, this::refusal);
        stateSince = at;
        remindedAt = null;
    }

    private AdmissionRefused refusal(AdmissionState from, TriageAction action) {
        return new AdmissionRefused("You cannot " + action.label().toLowerCase() + " when it is "
                + from.label().toLowerCase() + (from == AdmissionState.ACCEPTED ? ": it has become an apprenticeship"
                        : ""));
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Kind kind() {
        return kind;
    }

    public UUID courseId() {
        return courseId;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public PersonDetails person() {
        return person;
    }

    public boolean spam() {
        return spam;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public AdmissionState state() {
        return state;
    }

    public Instant stateSince() {
        return stateSince;
    }

    public UUID ownerStaffId() {
        return ownerStaffId;
    }

    public String notEligibleReason() {
        return notEligibleReason;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public UUID learnerId() {
        return learnerId;
    }

    public ApprenticeshipId apprenticeshipId() {
        return TypedId.of(apprenticeshipId, ApprenticeshipId::new);
    }

    public EmployerAgreement agreement() {
        return agreement;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public int version() {
        return version;
    }
}
