package waypoint.delivery.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.delivery.DeliveryFacts;
import waypoint.delivery.OverdueAction;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.shared.time.GovUkDates;
import waypoint.supportcase.AtRiskSignal;
import waypoint.supportcase.AtRiskSignalSource;
import waypoint.supportcase.AtRiskThresholds;

/**
 * The teaching sessions' at-risk signals (no teaching session within the cadence; overdue actions;
 * docs/domain/support-policy.md, At risk and interventions), against the provider's at-risk settings: days since the
 * last session attended (or the start), and agreed actions more than the allowed days past their date.
 */
@Component
class DeliverySignals implements AtRiskSignalSource {

    private final DeliveryFacts facts;

    DeliverySignals(DeliveryFacts facts) {
        this.facts = facts;
    }

    @Override
    public List<AtRiskSignal> signals(ApprenticeshipSummary a, AtRiskThresholds t, LocalDate today) {
        return signals(a, facts.lastSessionDate(a.id()), facts.overdueActions(a.id()), t, today);
    }

    /** A batch in two queries: the last sessions attended and the overdue actions of them all. */
    @Override
    public Map<ApprenticeshipId, List<AtRiskSignal>> signalsOf(List<ApprenticeshipSummary> apprenticeships,
            AtRiskThresholds t,
            LocalDate today) {
        List<ApprenticeshipId> ids = apprenticeships.stream().map(ApprenticeshipSummary::id).toList();
        Map<ApprenticeshipId, LocalDate> last = facts.lastSessionDates(ids);
        Map<ApprenticeshipId, List<OverdueAction>> overdue = facts.overdueActions(ids);
        Map<ApprenticeshipId, List<AtRiskSignal>> signals = new LinkedHashMap<>();
        apprenticeships.forEach(a -> signals.put(a.id(), signals(a,
                Optional.ofNullable(last.get(a.id())),
                overdue.getOrDefault(a.id(), List.of()), t, today)));
        return signals;
    }

    private static List<AtRiskSignal> signals(ApprenticeshipSummary a, Optional<LocalDate> lastSession,
            List<OverdueAction> overdue, AtRiskThresholds t, LocalDate today) {
        List<AtRiskSignal> signals = new ArrayList<>();
        LocalDate since = lastSession.orElse(a.startDate());
        long days = since == null ? 0 : ChronoUnit.DAYS.between(since, today);
        if (days > t.sessionCadenceDays()) {
            int severity = days >= 2L * t.sessionCadenceDays() ? 3 : 2 * days >= 3L * t.sessionCadenceDays() ? 2 : 1;
            signals.add(new AtRiskSignal(AtRiskSignal.SESSION_CADENCE, severity, days
                    + " days without a teaching session (" + (since.equals(a.startDate()) ? "none attended since the start"
                    : "the last on " + GovUkDates.date(since)) + "; the limit is " + t.sessionCadenceDays() + " days)"));
        }
        List<OverdueAction> late = overdue.stream()
                .filter(action -> action.dueDate().plusDays(t.overdueActionDays()).isBefore(today))
                .sorted(Comparator.comparing(OverdueAction::dueDate)).toList();
        if (!late.isEmpty()) {
            OverdueAction oldest = late.get(0);
            signals.add(new AtRiskSignal(AtRiskSignal.OVERDUE_ACTIONS, late.size() >= 4 ? 3 : late.size() >= 2 ? 2 : 1,
                    late.size() + (late.size() == 1 ? " action" : " actions") + " overdue by more than "
                            + t.overdueActionDays() + " days (the oldest due " + GovUkDates.date(oldest.dueDate()) + ": "
                            + oldest.description() + ")"));
        }
        return signals;
    }
}
