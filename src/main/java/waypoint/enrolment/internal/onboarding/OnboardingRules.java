package waypoint.enrolment.internal.onboarding;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.organisation.Learners;
import waypoint.organisation.PlanningPolicy;
import waypoint.organisation.ProviderProfile;
import waypoint.rules.ApprenticeshipFacts;
import waypoint.rules.EmployerDecision;
import waypoint.rules.FundingRules;
import waypoint.rules.ProviderPolicy;
import waypoint.rules.RuleEvaluation;
import waypoint.rules.RuleInputException;
import waypoint.rules.StandardFacts;

/**
 * The funding-rule pack applied to an apprenticeship being onboarded: its dates and hours, the learner's age, the
 * standard from the catalogue, the prior learning recognised so far and the employer's English and maths decision.
 * Empty when the rules cannot be applied (a standard the catalogue does not hold, facts the rules refuse): the pages
 * then say the figures are not known rather than guess.
 */
@Service
public class OnboardingRules {

    /** As the rules calculator: no rule uses the typical duration yet, so a missing one changes no answer. */
    private static final int TYPICAL_DURATION_WHEN_NOT_RECORDED = 12;

    private final Standards standards;
    private final Learners learners;
    private final ProviderProfile provider;
    private final JdbcClient jdbc;

    OnboardingRules(Standards standards, Learners learners, ProviderProfile provider, JdbcClient jdbc) {
        this.standards = standards;
        this.learners = learners;
        this.provider = provider;
        this.jdbc = jdbc;
    }

    public Optional<StandardDetails> standard(ApprenticeshipSummary apprenticeship) {
        return standards.find(apprenticeship.standardReference(), apprenticeship.standardVersion());
    }

    public Optional<RuleEvaluation> evaluate(ApprenticeshipSummary apprenticeship, BigDecimal rplHours,
            EmployerDecision decision) {
        Optional<StandardDetails> standard = standard(apprenticeship);
        Optional<java.time.LocalDate> born = learners.dateOfBirth(apprenticeship.learnerId());
        if (standard.isEmpty() || born.isEmpty() || apprenticeship.startDate() == null
                || apprenticeship.plannedEndDate() == null || apprenticeship.weeklyHours() == null) {
            return Optional.empty();
        }
        try {
            StandardDetails details = standard.get();
            StandardFacts standardFacts = new StandardFacts(details.referenceNumber(),
                    details.publishedMinimumOtjHours().map(BigDecimal::valueOf),
                    details.fundingBandMaximum().orElse(BigDecimal.ZERO),
                    details.typicalDurationMonths().orElse(TYPICAL_DURATION_WHEN_NOT_RECORDED));
            ApprenticeshipFacts facts = ApprenticeshipFacts.of(apprenticeship.startDate(),
                    apprenticeship.plannedEndDate(), apprenticeship.weeklyHours(), born.get(), standardFacts)
                    .withRplHours(rplHours == null ? BigDecimal.ZERO : rplHours)
                    .withEmployerDecisionOnEnglishAndMaths(decision == null ? EmployerDecision.NOT_RECORDED : decision);
            Optional<BigDecimal> price = trainingPrice(apprenticeship);
            if (price.isPresent()) {
                facts = facts.withTrainingPrice(price.get());
            }
            PlanningPolicy policy = provider.planningPolicy();
            return Optional.of(FundingRules.evaluate(facts,
                    new ProviderPolicy(policy.otjPercentageOfContractedHours(), policy.reviewIntervalWeeks())));
        } catch (RuleInputException refused) {
            return Optional.empty();
        }
    }

    private Optional<BigDecimal> trainingPrice(ApprenticeshipSummary apprenticeship) {
        return jdbc.sql("SELECT training_price FROM apprenticeship WHERE id = :id").param("id", apprenticeship.id())
                .query((rs, n) -> Optional.ofNullable(rs.getBigDecimal(1))).optional().flatMap(p -> p);
    }
}
