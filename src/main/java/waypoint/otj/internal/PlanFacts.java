package waypoint.otj.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import waypoint.catalogue.MinimumOtjHoursRecorded;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipStatusChanged;
import waypoint.enrolment.BreakInLearning;
import waypoint.enrolment.TrainingPlans;
import waypoint.rules.RuleEvaluation;

/**
 * The facts of an apprenticeship that pace needs from enrolment (planned and minimum hours, breaks, the end of
 * learning), read live for one apprenticeship and copied into otj_pace for the lists that show thousands: on every
 * entry logged and every change of status.
 */
@Component
public class PlanFacts {

    private final TrainingPlans plans;
    private final waypoint.enrolment.Apprenticeships apprenticeships;
    private final EntryStore store;
    private final Clock clock;

    PlanFacts(TrainingPlans plans, waypoint.enrolment.Apprenticeships apprenticeships, EntryStore store, Clock clock) {
        this.plans = plans;
        this.apprenticeships = apprenticeships;
        this.store = store;
        this.clock = clock;
    }

    /** {@code planned} is empty while nobody has set it: unknown, never taken as zero. */
    public record Facts(Optional<BigDecimal> minimum, Optional<BigDecimal> planned, boolean plannedFromTrainingPlan,
            Optional<RuleEvaluation> rules) {
    }

    /**
     * Planned hours come from the current training plan; without one, from the rule pack's planned figure (the higher
     * of the minimum and the provider's figure); without that, the planned hours are not known (empty, never 0:
     * docs/domain/off-the-job-hours.md).
     */
    public Facts of(ApprenticeshipId apprenticeshipId) {
        return facts(plans.ruleEvaluation(apprenticeshipId), plans.plannedOtjHours(apprenticeshipId));
    }

    /**
     * The same for many apprenticeships as read (the nightly at-risk run: a few hundred at a time), in a fixed
     * number of queries: every id answered.
     */
    public java.util.Map<ApprenticeshipId, Facts> of(
            java.util.Collection<waypoint.enrolment.ApprenticeshipSummary> batch) {
        java.util.Map<ApprenticeshipId, RuleEvaluation> rules = plans.ruleEvaluations(batch);
        java.util.Map<ApprenticeshipId, BigDecimal> fromPlans = plans.plannedOtjHours(
                batch.stream().map(waypoint.enrolment.ApprenticeshipSummary::id).toList());
        java.util.Map<ApprenticeshipId, Facts> facts = new java.util.HashMap<>();
        for (var a : batch) {
            facts.put(a.id(),
                    facts(Optional.ofNullable(rules.get(a.id())), Optional.ofNullable(fromPlans.get(a.id()))));
        }
        return facts;
    }

    private static Facts facts(Optional<RuleEvaluation> rules, Optional<BigDecimal> fromPlan) {
        Optional<BigDecimal> minimum = rules.flatMap(RuleEvaluation::minimumOtjHours);
        Optional<BigDecimal> planned = fromPlan.or(() -> rules.flatMap(RuleEvaluation::plannedOtjHours));
        return new Facts(minimum, planned, fromPlan.isPresent(), rules);
    }

    /** Copies the facts into otj_pace. */
    public void refresh(ApprenticeshipId apprenticeshipId) {
        Facts facts = of(apprenticeshipId);
        List<BreakInLearning> breaks = apprenticeships.breaksOf(apprenticeshipId);
        int finished = (int) breaks.stream().filter(b -> b.endDate() != null)
                .mapToLong(b -> ChronoUnit.DAYS.between(b.startDate(), b.endDate())).sum();
        LocalDate paused = breaks.stream().filter(BreakInLearning::isOngoing).map(BreakInLearning::startDate)
                .findFirst().orElse(null);
        store.refreshPlan(apprenticeshipId, facts.planned().orElse(null), facts.minimum().orElse(null), finished, paused, null);
    }

    /**
     * Gateway, withdrawal and completion end the time in which hours count (none after gateway;
     * docs/domain/off-the-job-hours.md, Logging); a break pauses pace. Synchronous, in the lifecycle's own transaction,
     * so the next entry checked sees it.
     */
    @EventListener
    void on(ApprenticeshipStatusChanged changed) {
        refresh(changed.apprenticeshipId());
        if (changed.to() == ApprenticeshipStatus.GATEWAY || changed.to() == ApprenticeshipStatus.WITHDRAWN
                || (changed.to() == ApprenticeshipStatus.COMPLETED && changed.from() != ApprenticeshipStatus.END_POINT_ASSESSMENT)) {
            store.refreshPlan(apprenticeshipId(changed), null, null, 0, null, changed.effectiveDate());
            refresh(changed.apprenticeshipId());
        }
    }

    /**
     * A standard version's minimum hours for compliance were recorded or cleared: the pace of its apprenticeships
     * (and their rows in the lists) is worked out again with it, in the administrator's transaction.
     */
    @EventListener
    void on(MinimumOtjHoursRecorded recorded) {
        apprenticeships.onStandardVersion(recorded.referenceNumber(),
                recorded.version()).forEach(id -> refresh(id));
    }

    /** A new apprenticeship's row has its minimum and planned hours from the start, as the live pace has. */
    @EventListener
    void on(waypoint.enrolment.ApprenticeshipCreated created) {
        refresh(created.apprenticeshipId());
    }

    private static ApprenticeshipId apprenticeshipId(ApprenticeshipStatusChanged changed) {
        return changed.apprenticeshipId();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
