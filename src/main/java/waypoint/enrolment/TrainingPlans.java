package waypoint.enrolment;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.internal.onboarding.OnboardingRules;
import waypoint.rules.EmployerDecision;
import waypoint.rules.RuleEvaluation;

/**
 * What other modules may read of an apprenticeship's training plan and the rule pack applied to it (issue 5: the
 * off-the-job pace needs the planned hours and the minimum). Not authorised here: callers ask
 * {@link ApprenticeshipAccess} first.
 */
@Service
public class TrainingPlans {

    private final JdbcClient jdbc;
    private final Apprenticeships apprenticeships;
    private final OnboardingRules rules;

    TrainingPlans(JdbcClient jdbc, Apprenticeships apprenticeships, OnboardingRules rules) {
        this.jdbc = jdbc;
        this.apprenticeships = apprenticeships;
        this.rules = rules;
    }

    /** The planned off-the-job hours of the current (newest) plan version; empty with no plan or no figure. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> plannedOtjHours(UUID apprenticeshipId) {
        return jdbc.sql("""
                        SELECT (content ->> 'plannedOtjHours')::numeric FROM training_plan_version
                        WHERE apprenticeship_id = :id ORDER BY number DESC LIMIT 1""")
                .param("id", apprenticeshipId).query((rs, n) -> Optional.ofNullable(rs.getBigDecimal(1)))
                .optional().flatMap(hours -> hours);
    }

    /**
     * The funding-rule pack of the apprenticeship's start date applied to it, with the prior learning recognised
     * (RPL reduces the minimum); empty when the rules cannot be applied.
     */
    @Transactional(readOnly = true)
    public Optional<RuleEvaluation> ruleEvaluation(UUID apprenticeshipId) {
        BigDecimal rpl = jdbc.sql("SELECT hours_recognised FROM prior_learning WHERE apprenticeship_id = :id")
                .param("id", apprenticeshipId).query((rs, n) -> Optional.ofNullable(rs.getBigDecimal(1)))
                .optional().flatMap(hours -> hours).orElse(BigDecimal.ZERO);
        return apprenticeships.find(apprenticeshipId)
                .flatMap(a -> rules.evaluate(a, rpl, EmployerDecision.NOT_RECORDED));
    }
}
