package waypoint.delivery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import waypoint.delivery.OverdueAction;
import waypoint.enrolment.ApprenticeshipId;

/** The store's reads that the public {@link waypoint.delivery.DeliveryFacts} offers, in its public types. */
@Component
public class DeliveryReads {

    private final SessionStore store;

    DeliveryReads(SessionStore store) {
        this.store = store;
    }

    public Optional<LocalDate> lastAttended(ApprenticeshipId apprenticeshipId) {
        return store.lastAttended(apprenticeshipId);
    }

    public Optional<LocalDate> nextScheduled(ApprenticeshipId apprenticeshipId, Instant now) {
        return store.nextScheduled(apprenticeshipId, now);
    }

    public List<OverdueAction> overdue(ApprenticeshipId apprenticeshipId, LocalDate today) {
        return store.overdueOf(apprenticeshipId, today).stream().map(DeliveryReads::overdueAction).toList();
    }

    public Map<ApprenticeshipId, LocalDate> lastAttended(Collection<ApprenticeshipId> apprenticeshipIds) {
        return store.lastAttended(apprenticeshipIds);
    }

    public Map<ApprenticeshipId, List<OverdueAction>> overdue(Collection<ApprenticeshipId> apprenticeshipIds, LocalDate today) {
        return store.overdueOf(apprenticeshipIds, today).stream().map(DeliveryReads::overdueAction)
                .collect(Collectors.groupingBy(OverdueAction::apprenticeshipId));
    }

    private static OverdueAction overdueAction(ActionRow a) {
        return new OverdueAction(a.id(), a.apprenticeshipId(), a.sessionId(), a.kind(), a.description(), a.owner(),
                a.dueDate());
    }
}
