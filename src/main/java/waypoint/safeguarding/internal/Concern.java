package waypoint.safeguarding.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.IncidentCategory;
import waypoint.safeguarding.RiskLevel;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * A concern, decrypted. Its status changes only through the intention-named methods below, each checked against
 * {@link ConcernWorkflow}.
 */
public class Concern {

    private final UUID id;
    private final ConcernKind kind;
    private ConcernStatus status;
    private final Instant raisedAt;
    private final UUID raisedByAccountId;
    private final String raisedByName;
    private final UUID learnerId;
    private final String description;
    private final Incident incident;
    private Boolean riddorReportable;
    private RiskLevel riskLevel;
    private String outcome;
    private Instant closedAt;
    private boolean tutorFlagShared;
    private final int version;

    /** Health and safety details (null for other kinds). */
    public record Incident(IncidentCategory category, LocalDate occurredOn, String place, String peopleInvolved,
            String injury) {
    }

    Concern(UUID id, ConcernKind kind, ConcernStatus status, Instant raisedAt, UUID raisedByAccountId,
            String raisedByName, UUID learnerId, String description, Incident incident, Boolean riddorReportable,
            RiskLevel riskLevel, String outcome, Instant closedAt, boolean tutorFlagShared, int version) {
        this.id = id;
        this.kind = kind;
        this.status = status;
        this.raisedAt = raisedAt;
        this.raisedByAccountId = raisedByAccountId;
        this.raisedByName = raisedByName;
        this.learnerId = learnerId;
        this.description = description;
        this.incident = incident;
        this.riddorReportable = riddorReportable;
        this.riskLevel = riskLevel;
        this.outcome = outcome;
        this.closedAt = closedAt;
        this.tutorFlagShared = tutorFlagShared;
        this.version = version;
    }

    /**
     * A concern as reported. A health and safety incident happened today or before: a date in the future is refused
     * on the field it concerns.
     */
    static Concern raise(ConcernKind kind, Instant at, UUID raisedByAccountId, String raisedByName, UUID learnerId,
            String description, Incident incident) {
        Objects.requireNonNull(kind, "A concern has a kind");
        if (kind == ConcernKind.HEALTH_AND_SAFETY && incident != null && incident.occurredOn() != null
                && incident.occurredOn().isAfter(at.atZone(GovUkDates.LONDON).toLocalDate())) {
            throw new FieldValidationException("occurredOn", "The date it happened must be today or in the past");
        }
        return new Concern(UUID.randomUUID(), kind, ConcernStatus.OPEN, at, raisedByAccountId, raisedByName, learnerId,
                description, kind == ConcernKind.HEALTH_AND_SAFETY ? incident : null, null, null, null, null, false, 0);
    }

    /** A health and safety incident's triage says whether it is reportable under RIDDOR. */
    void triage(RiskLevel level, Boolean riddor) {
        Objects.requireNonNull(level, "Triage gives a risk level");
        if (kind == ConcernKind.HEALTH_AND_SAFETY && riddor == null) {
            throw new FieldValidationException("riddor", "Select whether the incident is reportable under RIDDOR");
        }
        step(ConcernWorkflow.TRIAGE);
        this.riskLevel = level;
        if (kind == ConcernKind.HEALTH_AND_SAFETY) {
            this.riddorReportable = riddor;
        }
    }

    void recordAction() {
        step(ConcernWorkflow.RECORD_ACTION);
    }

    /** Only a safeguarding matter has a tutor flag: the tutor learns that one is open, and nothing else. */
    void shareWithTutor(boolean shared) {
        if (!kind.isSafeguarding() || learnerId == null) {
            throw new ConcernStepRefusedException("Only a safeguarding matter about a learner can be flagged to their tutor.");
        }
        step(ConcernWorkflow.SHARE_WITH_TUTOR);
        this.tutorFlagShared = shared;
    }

    void shareUpdate() {
        step(ConcernWorkflow.SHARE_UPDATE);
    }

    void close(String outcome, Instant at) {
        step(ConcernWorkflow.CLOSE);
        this.outcome = outcome;
        this.closedAt = at;
    }

    void reopen() {
        step(ConcernWorkflow.REOPEN);
        this.closedAt = null;
    }

    private void step(ConcernWorkflow step) {
        if (!step.allowedFrom(status)) {
            throw new ConcernStepRefusedException(step.refusal(status));
        }
        status = step.after(status);
    }

    public boolean allows(ConcernWorkflow step) {
        return step.allowedFrom(status);
    }

    public UUID id() { return id; }
    public ConcernKind kind() { return kind; }
    public ConcernStatus status() { return status; }
    public Instant raisedAt() { return raisedAt; }
    public UUID raisedByAccountId() { return raisedByAccountId; }
    public String raisedByName() { return raisedByName; }
    public UUID learnerId() { return learnerId; }
    public String description() { return description; }
    public Incident incident() { return incident; }
    public Boolean riddorReportable() { return riddorReportable; }
    public RiskLevel riskLevel() { return riskLevel; }
    public String outcome() { return outcome; }
    public Instant closedAt() { return closedAt; }
    public boolean tutorFlagShared() { return tutorFlagShared; }
    public int version() { return version; }
}
