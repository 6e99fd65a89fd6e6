package waypoint.portfolio.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import waypoint.shared.audit.RecordChanged;
import waypoint.shared.messaging.NotificationRequested;
import waypoint.shared.web.FieldValidationException;

/**
 * A quality assurer's sample of a tutor's assessment decision (docs/domain/portfolio.md, internal quality
 * assurance): an agreement, or a disagreement that stays open until the tutor responds. It changes only through
 * {@link #take} and {@link #close}, which check the rule, change it, and register the audit entry and who is told
 * (a disagreement: the tutor and the quality lead; a response: the quality assurer); the
 * {@link QualitySampleRepository} saves it and publishes them. No setter.
 */
public final class QualitySample {

    static final String RECORD = "PortfolioQualitySample";

    /** A sample as stored. */
    record Row(UUID id, UUID decisionId, UUID reviewerId, boolean agrees, String comments, Instant sampledAt,
            Instant closedAt, UUID closedBy, String response) {
    }

    /** Who sampled, or who responds: their account and the name others read. */
    public record Person(UUID id, String name) {
    }

    private final UUID id;
    private final QualitySamples.Decision decision;
    private final UUID reviewerId;
    private final boolean agrees;
    private final String comments;
    private final Instant sampledAt;
    private final boolean isNew;
    private Instant closedAt;
    private UUID closedBy;
    private String response;
    private final List<Object> events = new ArrayList<>();

    private QualitySample(Row row, QualitySamples.Decision decision, boolean isNew) {
        this.id = row.id();
        this.decision = decision;
        this.reviewerId = row.reviewerId();
        this.agrees = row.agrees();
        this.comments = row.comments();
        this.sampledAt = row.sampledAt();
        this.closedAt = row.closedAt();
        this.closedBy = row.closedBy();
        this.response = row.response();
        this.isNew = isNew;
    }

    /** A sample as stored, of the decision it samples. */
    static QualitySample of(Row row, QualitySamples.Decision decision) {
        if (!row.decisionId().equals(decision.id())) {
            throw new IllegalArgumentException("The sample is not of this decision");
        }
        return new QualitySample(row, decision, false);
    }

    /**
     * A new sample: whether the quality assurer agrees, with their comments (both needed; the form asks for them). A
     * disagreement goes to the tutor who made the decision (and the apprenticeship's tutor, if someone else now), who
     * must close it with a response, and to the quality lead (every other active quality account).
     */
    static QualitySample take(QualitySamples.Decision decision, Person sampler, boolean agrees, String comments,
            UUID apprenticeshipTutor, Collection<UUID> qualityAccounts, Instant now) {
        QualitySample s = new QualitySample(new Row(UUID.randomUUID(), decision.id(), sampler.id(), agrees,
                comments.strip(), now, null, null, null), decision, true);
        s.events.add(RecordChanged.created(RECORD, s.id, (agrees ? "agrees" : "disagrees") + " with decision "
                + decision.id() + " on " + decision.apprenticeshipId()));
        if (!agrees) {
            s.tellOfDisagreement(sampler, apprenticeshipTutor, qualityAccounts);
        }
        return s;
    }

    private void tellOfDisagreement(Person sampler, UUID apprenticeshipTutor, Collection<UUID> qualityAccounts) {
        QualitySamples.Decision d = decision;
        String title = "Quality assurance disagrees with your decision on " + d.ksbCode() + " for " + d.learnerName();
        String body = "“" + d.evidenceTitle() + "”, " + d.ksbCode() + " " + d.decision().words().toLowerCase()
                + ". " + comments + " Respond to close the action.";
        Set<UUID> tutors = new LinkedHashSet<>();
        if (d.assessorId() != null) {
            tutors.add(d.assessorId());
        }
        if (apprenticeshipTutor != null) {
            tutors.add(apprenticeshipTutor);
        }
        tutors.remove(sampler.id());
        tutors.forEach(t -> events.add(new NotificationRequested("portfolio-disagreement:" + id + ":" + t, t, title,
                body, "/portfolio/disagreements")));
        qualityAccounts.stream().filter(q -> !q.equals(sampler.id()) && !tutors.contains(q))
                .forEach(q -> events.add(new NotificationRequested("portfolio-disagreement:" + id + ":" + q, q,
                        "Disagreement recorded on " + d.learnerName() + "'s evidence",
                        sampler.name() + " disagrees with " + d.assessorName() + "'s decision on " + d.ksbCode()
                                + ": " + comments, evidenceLink())));
    }

    /**
     * The tutor closes a disagreement with their response (what they changed or why the decision stands); the
     * quality assurer who raised it is told. An agreement needs no response; a disagreement is closed once.
     */
    public void close(Person by, String text, Instant now) {
        if (agrees) {
            throw new EvidenceRefusedException("An agreement needs no response");
        }
        if (closedAt != null) {
            throw new EvidenceRefusedException("This disagreement is already closed");
        }
        if (text == null || text.isBlank()) {
            throw new FieldValidationException("response", "Enter your response to the disagreement");
        }
        if (text.length() > 10_000) {
            throw new FieldValidationException("response", "The response must be 10,000 characters or fewer");
        }
        closedAt = now;
        closedBy = by.id();
        response = text.strip();
        events.add(RecordChanged.updated(RECORD, id, "open", "closed"));
        if (!reviewerId.equals(by.id())) {
            events.add(new NotificationRequested("portfolio-disagreement-closed:" + id, reviewerId,
                    by.name() + " responded to your disagreement on " + decision.ksbCode(), response, evidenceLink()));
        }
    }

    private String evidenceLink() {
        return "/apprenticeships/" + decision.apprenticeshipId() + "/portfolio/evidence/" + decision.evidenceId();
    }

    public UUID id() {
        return id;
    }

    /** Open while a disagreement waits for the tutor's response. */
    public boolean open() {
        return !agrees && closedAt == null;
    }

    Row row() {
        return new Row(id, decision.id(), reviewerId, agrees, comments, sampledAt, closedAt, closedBy, response);
    }

    boolean isNew() {
        return isNew;
    }

    /** The events registered so far, in order: audit first, then who is told. */
    public List<Object> events() {
        return List.copyOf(events);
    }
}
