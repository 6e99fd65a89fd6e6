package waypoint.delivery.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import waypoint.delivery.SessionState;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.shared.web.FieldValidationException;

/**
 * The sessions of a group's plan (docs/domain/teaching-sessions.md, "Sessions planned for a group"): scheduled once
 * for the group, found again by the plan's key, and joined by the group's newcomers while still scheduled, each
 * through the session's own moves ({@link SessionRow#scheduleForGroup}, {@link SessionRow#join}).
 */
@Component
public class GroupSessionPlans {

    /** What one planned session needed: scheduling, or how many apprentices joined it. */
    public record Done(boolean scheduled, int joined) {
    }

    private final SessionStore store;
    private final TeachingSessionRepository repository;
    private final Apprenticeships apprenticeships;

    GroupSessionPlans(SessionStore store, TeachingSessionRepository repository, Apprenticeships apprenticeships) {
        this.store = store;
        this.repository = repository;
        this.apprenticeships = apprenticeships;
    }

    /** The learners' names by apprenticeship, for the audit trail; an apprenticeship that does not exist is refused. */
    public Map<ApprenticeshipId, String> learnerNames(List<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, String> names = new LinkedHashMap<>();
        for (ApprenticeshipId id : apprenticeshipIds) {
            names.put(id, apprenticeships.find(id).map(ApprenticeshipSummary::learnerName)
                    .orElseThrow(() -> new IllegalArgumentException("No apprenticeship " + id)));
        }
        return names;
    }

    public Done scheduleOrJoin(String planKey, Map<ApprenticeshipId, String> learners, Instant startsAt, int minutes,
            String where, String topic, UUID tutorAccountId, String tutorName, Instant now) {
        if (planKey == null || planKey.isBlank()) {
            throw new IllegalArgumentException("A planned session needs its key");
        }
        if (minutes < 15 || minutes > 600 || minutes % 15 != 0) {
            throw new FieldValidationException("minutes", "The length must be 15 to 600 minutes, in quarter hours");
        }
        String place = where == null || where.isBlank() ? null : where.strip();
        if (place == null) {
            throw new FieldValidationException("place", "Enter the place, or the link to join remotely");
        }
        boolean link = place.startsWith("https://");
        var existing = store.findPlanned(planKey);
        if (existing.isEmpty()) {
            repository.insert(SessionRow.scheduleForGroup(UUID.randomUUID(), learners, startsAt, minutes,
                    link ? null : place, link ? place : null, topic, tutorAccountId, tutorName, now), planKey);
            return new Done(true, 0);
        }
        SessionRow session = existing.get();
        if (session.state() != SessionState.SCHEDULED || !session.startsAt().isAfter(now)) {
            return new Done(false, 0);
        }
        Set<ApprenticeshipId> on = store.attendees(session.id()).stream().map(a -> a.apprenticeship().id())
                .collect(Collectors.toSet());
        Map<ApprenticeshipId, String> newcomers = new LinkedHashMap<>(learners);
        newcomers.keySet().removeAll(on);
        if (newcomers.isEmpty()) {
            return new Done(false, 0);
        }
        repository.save(session.join(session.lockVersion(), newcomers), now);
        return new Done(false, newcomers.size());
    }
}
