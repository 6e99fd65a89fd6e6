package waypoint.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.internal.onboarding.OnboardingRules;
import waypoint.enrolment.internal.onboarding.PlanMilestones;
import waypoint.enrolment.internal.onboarding.TrainingPlanPdf;
import waypoint.enrolment.internal.onboarding.TrainingPlanService;
import waypoint.identity.CurrentUser;
import waypoint.rules.RuleEvaluation;

/**
 * The training plan as other modules use it: read its planned figures, the functional skills it plans (the gateway
 * needs them) and the rule pack applied to it (the off-the-job pace needs the planned hours and the minimum), and
 * add milestones agreed elsewhere (a progress review's targets) as a new plan version that the three parties sign
 * again. Reads are not authorised here: callers ask {@link ApprenticeshipAccess} first.
 */
@Service
public class TrainingPlans {

    private final JdbcClient jdbc;
    private final Apprenticeships apprenticeships;
    private final OnboardingRules rules;
    private final TrainingPlanService plans;
    private final PlanMilestones milestoneAdditions;
    private final TrainingPlanPdf pdf;

    TrainingPlans(JdbcClient jdbc, Apprenticeships apprenticeships, OnboardingRules rules, TrainingPlanService plans,
            PlanMilestones milestoneAdditions, TrainingPlanPdf pdf) {
        this.jdbc = jdbc;
        this.apprenticeships = apprenticeships;
        this.rules = rules;
        this.plans = plans;
        this.milestoneAdditions = milestoneAdditions;
        this.pdf = pdf;
    }

    /**
     * One version of the training plan as the PDF its signers see, with its signature block (the funding audit
     * evidence pack keeps each signed version). Authorised as the plan's own page: someone who may see the plan.
     */
    public byte[] versionPdf(CurrentUser user, ApprenticeshipId apprenticeshipId, int number) {
        return pdf.render(user, apprenticeshipId, number);
    }

    /** The planned off-the-job hours of the current (newest) plan version; empty with no plan or no figure. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> plannedOtjHours(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                        SELECT (content -> 'content' ->> 'plannedOtjHours')::numeric FROM training_plan_version
                        WHERE apprenticeship_id = :id ORDER BY number DESC LIMIT 1""")
                .param("id", apprenticeshipId).query((rs, n) -> Optional.ofNullable(rs.getBigDecimal(1)))
                .optional().flatMap(hours -> hours);
    }

    /**
     * The same for many apprenticeships in one query (keep the list to a few hundred): each id with a figure; those
     * with no plan or no figure are left out.
     */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, BigDecimal> plannedOtjHours(Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, BigDecimal> planned = new HashMap<>();
        if (apprenticeshipIds.isEmpty()) {
            return planned;
        }
        jdbc.sql("""
                        SELECT DISTINCT ON (apprenticeship_id) apprenticeship_id,
                               (content -> 'content' ->> 'plannedOtjHours')::numeric
                        FROM training_plan_version WHERE apprenticeship_id IN (:ids)
                        ORDER BY apprenticeship_id, number DESC""")
                .param("ids", Set.copyOf(apprenticeshipIds))
                .query(rs -> {
                    if (rs.getBigDecimal(2) != null) {
                        planned.put(new ApprenticeshipId(rs.getObject(1, UUID.class)), rs.getBigDecimal(2));
                    }
                });
        return planned;
    }

    /** The functional skills qualifications the current (newest) plan version plans; none without a plan. */
    @Transactional(readOnly = true)
    public PlannedFunctionalSkills functionalSkillsPlanned(ApprenticeshipId apprenticeshipId) {
        return functionalSkillsPlanned(List.of(apprenticeshipId)).get(apprenticeshipId);
    }

    /** The same for many apprenticeships in one query (every id answered; keep the list to a few hundred). */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, PlannedFunctionalSkills> functionalSkillsPlanned(
            Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, PlannedFunctionalSkills> planned = new HashMap<>();
        apprenticeshipIds.forEach(id -> planned.put(id, PlannedFunctionalSkills.NONE));
        if (apprenticeshipIds.isEmpty()) {
            return planned;
        }
        jdbc.sql("""
                        SELECT DISTINCT ON (apprenticeship_id) apprenticeship_id,
                               content -> 'content' -> 'functionalSkills' ->> 'english',
                               content -> 'content' -> 'functionalSkills' ->> 'maths'
                        FROM training_plan_version WHERE apprenticeship_id IN (:ids)
                        ORDER BY apprenticeship_id, number DESC""")
                .param("ids", Set.copyOf(apprenticeshipIds))
                .query(rs -> {
                    planned.put(new ApprenticeshipId(rs.getObject(1, UUID.class)), new PlannedFunctionalSkills(
                            FunctionalSkillsLevel.ofStored(rs.getString(2)),
                            FunctionalSkillsLevel.ofStored(rs.getString(3))));
                });
        return planned;
    }

    /**
     * The funding-rule pack of the apprenticeship's start date applied to it as recorded: the prior learning decided
     * (RPL reduces the minimum), the employer's English and maths decision from the initial assessment and the
     * eligibility answers; empty when the rules cannot be applied.
     */
    @Transactional(readOnly = true)
    public Optional<RuleEvaluation> ruleEvaluation(ApprenticeshipId apprenticeshipId) {
        return apprenticeships.find(apprenticeshipId).flatMap(rules::evaluate);
    }

    /**
     * The same as {@link #ruleEvaluation(ApprenticeshipId)} for many apprenticeships as read (keep the list to a few
     * hundred): each id the rules could be applied to, with its evaluation.
     */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, RuleEvaluation> ruleEvaluations(Collection<ApprenticeshipSummary> apprenticeships) {
        return rules.evaluate(apprenticeships);
    }

    /** A milestone to add: what, by when, and the standard's KSB codes it works towards. */
    public record NewMilestone(String title, LocalDate targetDate, List<String> ksbs) {
    }

    /** The latest plan version's number and planned off-the-job hours, if a plan has been written. */
    public record PlannedFigures(int version, BigDecimal plannedOtjHours, int milestones) {
    }

    @Transactional(readOnly = true)
    public Optional<PlannedFigures> latest(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return plans.page(user, apprenticeshipId).latest().map(v -> new PlannedFigures(v.number(),
                v.content().plannedOtjHours(), v.content().milestones().size()));
    }

    /**
     * Adds the milestones to the latest plan as its next version (asking the learner and employer to sign it).
     * Empty when there is no plan yet to add to. A milestone the plan cannot take (a date outside the practical
     * period, a KSB the standard does not have) is refused with {@link MilestonesRefusedException} saying why.
     */
    @Transactional
    public Optional<Integer> addMilestones(CurrentUser user, ApprenticeshipId apprenticeshipId,
            List<NewMilestone> milestones) {
        return milestoneAdditions.add(user, apprenticeshipId, milestones);
    }

    /** The training plan would not take the milestones; each reason in words. */
    public static class MilestonesRefusedException extends RuntimeException {

        private final List<String> reasons;

        public MilestonesRefusedException(List<String> reasons) {
            super("The training plan cannot take these targets: " + String.join("; ", reasons));
            this.reasons = List.copyOf(reasons);
        }

        public List<String> reasons() {
            return reasons;
        }
    }
}
