package waypoint.supportcase.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * Interventions (docs/domain/support-policy.md, At risk and interventions: “anything we do to provide additional help to our apprentices
 * that we do not necessarily offer to all apprentices that are on track“), recorded against the apprenticeship with
 * dates, owner and outcome; the catalogue is the policy's list plus the provider's own.
 */
@Service
public class Interventions {

    private final SupportCasePolicy cases;
    private final SupportCaseStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Interventions(SupportCasePolicy cases, SupportCaseStore store, Clock clock, ApplicationEventPublisher events) {
        this.cases = cases;
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records an intervention of the catalogue's kind {@code kind}, for the apprenticeship and, when given, one of its
     * cases; it ends, if it has an end yet, on or after its start.
     */
    @Transactional
    public UUID add(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID caseId, UUID kind, String details,
            String owner,
            LocalDate start, LocalDate end) {
        ApprenticeshipSummary a = requireManage(user, apprenticeshipId);
        if (store.interventionKinds().stream().noneMatch(k -> k.id().equals(kind))) {
            throw new FieldValidationException("kindId", "Choose the intervention");
        }
        if (end != null && end.isBefore(start)) {
            throw new FieldValidationException("endsOn", "Enter an end date on or after the start, like 27/5/2026");
        }
        if (caseId != null && store.find(caseId).filter(c -> c.apprenticeshipId().equals(a.id())).isEmpty()) {
            throw new FieldValidationException("caseId", "The case is not one of this apprenticeship's");
        }
        UUID id = UUID.randomUUID();
        store.intervention(id, a.id(), caseId, kind, details.strip(), owner.strip(), start, end,
                clock.instant());
        if (caseId != null) {
            store.find(caseId).ifPresent(c -> store.event(caseId, c.stage(), user.displayName(), "Intervention: "
                    + details.strip() + " (owner " + owner.strip() + ", from " + GovUkDates.date(start) + ")", false,
                    clock.instant()));
        }
        events.publishEvent(RecordChanged.created("support intervention", id, details.strip()));
        return id;
    }

    @Transactional
    public void outcome(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID interventionId, String outcome,
            LocalDate end) {
        requireManage(user, apprenticeshipId);
        if (!store.interventionOutcome(apprenticeshipId, interventionId, outcome.strip(), end)) {
            throw new waypoint.shared.NotFoundException("Intervention");
        }
        events.publishEvent(RecordChanged.updated("support intervention", interventionId, "", outcome.strip()));
    }

    /** The provider's own kind of intervention, added to the catalogue by an administrator: each name once. */
    @Transactional
    public void addKind(CurrentUser user, String name, String description) {
        requireCatalogueKeeper(user);
        if (store.interventionKinds().stream().anyMatch(k -> k.name().equalsIgnoreCase(name.strip()))) {
            throw new FieldValidationException("kindName", "The catalogue already has an intervention called "
                    + name.strip());
        }
        store.addInterventionKind(name.strip(), description.strip());
        events.publishEvent(RecordChanged.created("support intervention kind", new UUID(0, 4), name.strip()));
    }

    /** Only administrators change the interventions catalogue. */
    public void requireCatalogueKeeper(CurrentUser user) {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators change the interventions catalogue");
        }
    }

    /** Only staff working on the apprenticeship record its interventions. */
    public ApprenticeshipSummary requireManage(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary a = cases.requireView(user, apprenticeshipId);
        if (!cases.canManage(user, a)) {
            throw new AccessDeniedException("Only staff working on this apprenticeship record interventions");
        }
        return a;
    }
}
