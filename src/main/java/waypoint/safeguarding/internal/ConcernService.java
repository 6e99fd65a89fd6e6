package waypoint.safeguarding.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.LearnerAccess;
import waypoint.organisation.LearnerId;
import waypoint.organisation.Learners;
import waypoint.safeguarding.Agency;
import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.RiskLevel;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.audit.SensitiveRecordViewed;
import waypoint.shared.messaging.NotificationRequested;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.PageOf;

/**
 * The concern use cases: raise one, list and read them (handlers only, every read audited), triage, record actions,
 * flag to the tutor, share an update with the person who raised it, close and reopen. Audit entries and
 * notifications never carry what was disclosed, nor the kind (encrypted at rest: docs/domain/sensitive-data.md):
 * only the step.
 */
@Service
public class ConcernService {

    static final String RECORD_TYPE = "Concern";

    private final ConcernStore store;
    private final ConcernPolicy policy;
    private final People people;
    private final Learners learners;
    private final LearnerAccess learnerAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConcernService(ConcernStore store, ConcernPolicy policy, People people, Learners learners,
            LearnerAccess learnerAccess, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.people = people;
        this.learners = learners;
        this.learnerAccess = learnerAccess;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Raises a concern and tells the people who handle its kind. Answers its kind, for the "what happens next" page.
     * The learner named must be one the reporter works with; a learner reporting is the learner.
     */
    @Transactional
    public Raised raise(CurrentUser user, RaiseConcern form) {
        if (!policy.canRaise(user)) {
            throw new AccessDeniedException("Sign in to report a concern");
        }
        UUID learnerId = learnerOf(user, form.learnerUln());
        Instant now = clock.instant();
        Concern concern = Concern.raise(form.kind(), now, user.id(), user.displayName(), learnerId,
                form.whatHappened(), form.incident());
        store.insert(concern);
        store.append(concern.id(), now, user.id(), user.displayName(), ConcernEntry.EntryKind.RAISED, null, null, null);
        // the kind is encrypted at rest (docs/domain/sensitive-data.md): the audit trail and the email say only that
        // a concern was raised; its handler reads the kind in the concerns log
        events.publishEvent(RecordChanged.created(RECORD_TYPE, concern.id(), "Concern raised"));
        ConcernKind kind = concern.kind();
        for (UUID handler : people.accountsHolding(kind.handler())) {
            events.publishEvent(new NotificationRequested("concern:" + concern.id() + ":raised:" + handler, handler,
                    "A new concern to triage", "Read and triage it in the concerns log.",
                    "/concerns/" + concern.id()));
        }
        return new Raised(concern.id(), kind);
    }

    /** What was raised: the id is for the handlers and the demo, never shown to the person who raised it. */
    public record Raised(UUID id, ConcernKind kind) {
    }

    @Transactional(readOnly = true)
    public PageOf<ConcernRow> list(CurrentUser user, boolean closed, int page) {
        if (!policy.canList(user)) {
            throw new AccessDeniedException("Only the people who handle concerns may list them");
        }
        Set<String> statuses = closed ? Set.of(ConcernStatus.CLOSED.name())
                : Set.of(ConcernStatus.OPEN.name(), ConcernStatus.TRIAGED.name());
        return store.list(policy.handlerRolesOf(user), statuses, Math.max(0, page), PageOf.DEFAULT_SIZE);
    }

    /** A concern for its handler, and the view recorded in the audit trail. Anyone else is told it does not exist. */
    @Transactional(readOnly = true)
    public ConcernDetails view(CurrentUser user, UUID id) {
        Concern concern = handled(user, id);
        events.publishEvent(new SensitiveRecordViewed(RECORD_TYPE, id.toString(), "Concern viewed"));
        Optional<People.LearnerName> learner = Optional.ofNullable(concern.learnerId()).flatMap(people::learner);
        return new ConcernDetails(concern, store.chronology(id), learner.map(People.LearnerName::name).orElse(null),
                learner.map(People.LearnerName::tutorName).orElse(null));
    }

    /** Triage: the risk level, and for health and safety whether the incident is reportable under RIDDOR. */
    @Transactional
    public void triage(CurrentUser user, UUID id, Integer version, RiskLevel level, Boolean riddor, String note) {
        Concern concern = handled(user, id, version);
        ConcernStatus before = concern.status();
        concern.triage(level, riddor);
        Boolean reportable = concern.riddorReportable();
        save(user, concern, before, ConcernEntry.EntryKind.TRIAGED, null, null,
                "Risk: " + level.label() + (reportable == null ? "" : reportable ? ". Reportable under RIDDOR"
                        : ". Not reportable under RIDDOR") + (note == null ? "" : ". " + note));
    }

    @Transactional
    public void recordAction(CurrentUser user, UUID id, Integer version, ConcernAction action) {
        Concern concern = handled(user, id, version);
        ConcernStatus before = concern.status();
        concern.recordAction();
        save(user, concern, before, ConcernEntry.EntryKind.valueOf(action.kind().name()), action.agency(),
                action.referenceNumber(), action.details());
    }

    @Transactional
    public void shareWithTutor(CurrentUser user, UUID id, Integer version, boolean shared) {
        Concern concern = handled(user, id, version);
        ConcernStatus before = concern.status();
        concern.shareWithTutor(shared);
        save(user, concern, before, shared ? ConcernEntry.EntryKind.TUTOR_FLAG_SHARED
                : ConcernEntry.EntryKind.TUTOR_FLAG_WITHDRAWN, null, null, null);
    }

    /** The only way the person who raised a concern hears of it again: a notification with the words given. */
    @Transactional
    public void shareUpdate(CurrentUser user, UUID id, Integer version, String update) {
        Concern concern = handled(user, id, version);
        ConcernStatus before = concern.status();
        concern.shareUpdate();
        save(user, concern, before, ConcernEntry.EntryKind.UPDATE_SHARED, null, null, update);
        events.publishEvent(new NotificationRequested("concern:" + id + ":update:" + UUID.randomUUID(),
                concern.raisedByAccountId(), "An update on the concern you reported", update, null));
    }

    @Transactional
    public void close(CurrentUser user, UUID id, Integer version, String outcome) {
        Concern concern = handled(user, id, version);
        ConcernStatus before = concern.status();
        concern.close(outcome, clock.instant());
        save(user, concern, before, ConcernEntry.EntryKind.CLOSED, null, null, outcome);
    }

    @Transactional
    public void reopen(CurrentUser user, UUID id, Integer version, String reason) {
        Concern concern = handled(user, id, version);
        ConcernStatus before = concern.status();
        concern.reopen();
        save(user, concern, before, ConcernEntry.EntryKind.REOPENED, null, null, reason);
    }

    /** For a tutor's home page: their learners with an open safeguarding matter the lead chose to flag. */
    @Transactional(readOnly = true)
    public List<FlaggedLearner> flaggedForTutor(CurrentUser user) {
        return user.has(Role.TUTOR) ? people.flaggedFor(user.id()) : List.of();
    }

    private void save(CurrentUser user, Concern concern, ConcernStatus before, ConcernEntry.EntryKind entry,
            Agency agency, String reference, String details) {
        store.update(concern);
        store.append(concern.id(), clock.instant(), user.id(), user.displayName(), entry, agency, reference, details);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, concern.id(), before.label(),
                concern.status().label() + ": " + entry.label()));
    }

    private Concern handled(CurrentUser user, UUID id, Integer version) {
        Concern concern = handled(user, id);
        if (version != null && version.intValue() != concern.version()) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Someone else changed this concern while you were working on it. Check the case and try again.");
        }
        return concern;
    }

    private Concern handled(CurrentUser user, UUID id) {
        return store.find(id).filter(c -> policy.canHandle(user, c.kind()))
                .orElseThrow(() -> new NotFoundException("Concern"));
    }

    private UUID learnerOf(CurrentUser user, String uln) {
        if (user.has(Role.LEARNER)) {
            return learners.findByAccount(user.id()).map(l -> l.id().value()).orElse(null);
        }
        if (uln == null || uln.isBlank()) {
            return null;
        }
        return people.learnerWithUln(uln.strip()).filter(l -> learnerAccess.canView(user, new LearnerId(l)))
                .orElseThrow(() -> new FieldValidationException("learnerUln",
                        "Enter the ULN of an apprentice you work with, or leave it blank"));
    }
}
