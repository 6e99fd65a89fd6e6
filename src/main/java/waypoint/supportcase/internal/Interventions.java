package waypoint.supportcase.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.DateText;
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

    @Transactional
    public UUID add(CurrentUser user, UUID apprenticeshipId, UUID caseId, String kindId, String details, String owner,
            String startsOn, String endsOn) {
        ApprenticeshipSummary a = requireManage(user, apprenticeshipId);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID kind = null;
        try {
            kind = UUID.fromString(kindId == null ? "" : kindId);
        } catch (IllegalArgumentException bad) {
            // reported below
        }
        UUID chosen = kind;
        if (chosen == null || store.interventionKinds().stream().noneMatch(k -> k.id().equals(chosen))) {
            errors.put("kindId", "Choose the intervention");
        }
        required(errors, "details", details, "Enter what the intervention is");
        required(errors, "owner", owner, "Enter who owns the intervention");
        Optional<LocalDate> start = DateText.parse(startsOn);
        if (start.isEmpty()) {
            errors.put("startsOn", "Enter the start date, like 27/4/2026");
        }
        Optional<LocalDate> end = DateText.parse(endsOn);
        if (endsOn != null && !endsOn.isBlank() && (end.isEmpty() || start.isPresent() && end.get().isBefore(start.get()))) {
            errors.put("endsOn", "Enter an end date on or after the start, like 27/5/2026");
        }
        if (caseId != null && store.find(caseId).filter(c -> c.apprenticeshipId().equals(a.id())).isEmpty()) {
            errors.put("caseId", "The case is not one of this apprenticeship's");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        UUID id = UUID.randomUUID();
        store.intervention(id, a.id(), caseId, chosen, details.strip(), owner.strip(), start.get(), end.orElse(null),
                clock.instant());
        if (caseId != null) {
            store.find(caseId).ifPresent(c -> store.event(caseId, c.stage(), user.displayName(), "Intervention: "
                    + details.strip() + " (owner " + owner.strip() + ", from " + GovUkDates.date(start.get()) + ")", false,
                    clock.instant()));
        }
        events.publishEvent(RecordChanged.created("support intervention", id, details.strip()));
        return id;
    }

    @Transactional
    public void outcome(CurrentUser user, UUID apprenticeshipId, UUID interventionId, String outcome, String endsOn) {
        requireManage(user, apprenticeshipId);
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "outcome", outcome, "Enter the outcome");
        Optional<LocalDate> end = DateText.parse(endsOn);
        if (endsOn != null && !endsOn.isBlank() && end.isEmpty()) {
            errors.put("endsOn", "Enter the end date, like 27/5/2026");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        if (!store.interventionOutcome(apprenticeshipId, interventionId, outcome.strip(), end.orElse(null))) {
            throw new waypoint.shared.NotFoundException("Intervention");
        }
        events.publishEvent(RecordChanged.updated("support intervention", interventionId, "", outcome.strip()));
    }

    /** The provider's own kind of intervention, added to the catalogue by an administrator. */
    @Transactional
    public void addKind(CurrentUser user, String name, String description) {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators change the interventions catalogue");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "kindName", name, "Enter the intervention's name");
        required(errors, "kindDescription", description, "Enter a description of the intervention");
        if (errors.isEmpty() && store.interventionKinds().stream().anyMatch(k -> k.name().equalsIgnoreCase(name.strip()))) {
            errors.put("kindName", "The catalogue already has an intervention called " + name.strip());
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        store.addInterventionKind(name.strip(), description.strip());
        events.publishEvent(RecordChanged.created("support intervention kind", new UUID(0, 4), name.strip()));
    }

    private ApprenticeshipSummary requireManage(CurrentUser user, UUID apprenticeshipId) {
        ApprenticeshipSummary a = cases.requireView(user, apprenticeshipId);
        if (!cases.canManage(user, a)) {
            throw new AccessDeniedException("Only staff working on this apprenticeship record interventions");
        }
        return a;
    }

    private static void required(Map<String, String> errors, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            errors.put(field, message);
        } else if (value.length() > 2000) {
            errors.put(field, "Enter 2000 characters or fewer");
        }
    }
}
