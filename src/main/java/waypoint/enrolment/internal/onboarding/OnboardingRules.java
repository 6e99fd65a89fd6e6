package waypoint.enrolment.internal.onboarding;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.organisation.LearnerId;
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
import waypoint.shared.money.Money;

/**
 * The funding-rule pack applied to an apprenticeship being onboarded: its dates and hours, the learner's age, the
 * standard from the catalogue, the prior learning recognised so far, the employer's English and maths decision and
 * the eligibility answers (care leaver, education, health and care plan).
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
    private final RecordedAnswers answers;

    /** The eligibility questions the rules read (see {@link FormTasks}). */
    static final String CARE_LEAVER = "careLeaver";
    static final String EHC_PLAN = "ehcPlan";
    static final String YES = "YES";

    OnboardingRules(Standards standards, Learners learners, ProviderProfile provider, JdbcClient jdbc,
            RecordedAnswers answers) {
        this.answers = answers;
        this.standards = standards;
        this.learners = learners;
        this.provider = provider;
        this.jdbc = jdbc;
    }

    public Optional<StandardDetails> standard(ApprenticeshipSummary apprenticeship) {
        return standards.find(apprenticeship.standardReference(), apprenticeship.standardVersion());
    }

    /**
     * The rules with everything recorded so far: the prior learning decided (none while undecided), the employer's
     * English and maths decision from the initial assessment, and the eligibility answers (care leaver, education,
     * health and care plan). Every reader of an apprenticeship's rules (the training plan, the gateway, off-the-job
     * pace) comes here, so they all see the same answer.
     */
    public Optional<RuleEvaluation> evaluate(ApprenticeshipSummary apprenticeship) {
        return evaluate(apprenticeship, decidedPriorLearningHours(apprenticeship.id()),
                answers.read(apprenticeship.id(), OnboardingTask.INITIAL_ASSESSMENT),
                answers.read(apprenticeship.id(), OnboardingTask.ELIGIBILITY));
    }

    /** As recorded, but with {@code rplHours} of prior learning (hours being decided). */
    public Optional<RuleEvaluation> evaluateWithPriorLearning(ApprenticeshipSummary apprenticeship,
            BigDecimal rplHours) {
        return evaluate(apprenticeship, rplHours, answers.read(apprenticeship.id(),
                OnboardingTask.INITIAL_ASSESSMENT),
                answers.read(apprenticeship.id(), OnboardingTask.ELIGIBILITY));
    }

    /** As recorded, but with the eligibility answers being saved. */
    Optional<RuleEvaluation> evaluateWithEligibility(ApprenticeshipSummary apprenticeship, TaskAnswers eligibility) {
        return evaluate(apprenticeship, decidedPriorLearningHours(apprenticeship.id()),
                answers.read(apprenticeship.id(), OnboardingTask.INITIAL_ASSESSMENT), eligibility);
    }

    /** The employer's decision on English and maths as the initial assessment records it. */
    static EmployerDecision employerDecision(TaskAnswers initialAssessment) {
        String decision = initialAssessment.value("employerDecision");
        return decision.isBlank() ? EmployerDecision.NOT_RECORDED : EmployerDecision.valueOf(decision);
    }

    /**
     * The same as {@link #evaluate(ApprenticeshipSummary)} for many apprenticeships (the nightly at-risk run reads a
     * few hundred at a time): what each needs is read for them all at once, each standard version once, and the rules
     * applied to each as they are to one. Those the rules cannot be applied to are left out.
     */
    public Map<ApprenticeshipId, RuleEvaluation> evaluate(Collection<ApprenticeshipSummary> apprenticeships) {
        Map<ApprenticeshipId, RuleEvaluation> evaluated = new HashMap<>();
        if (apprenticeships.isEmpty()) {
            return evaluated;
        }
        Set<ApprenticeshipId> ids = apprenticeships.stream().map(ApprenticeshipSummary::id).collect(Collectors.toSet());
        Map<LearnerId, java.time.LocalDate> born = learners.datesOfBirth(
                apprenticeships.stream().map(ApprenticeshipSummary::learnerId).collect(Collectors.toSet()));
        Map<ApprenticeshipId, BigDecimal> rpl = new HashMap<>();
        jdbc.sql("""
                SELECT apprenticeship_id, hours_recognised FROM prior_learning
                WHERE apprenticeship_id IN (:ids) AND decided_at IS NOT NULL""")
                .param("ids", ids).query(rs -> {
                    rpl.put(new ApprenticeshipId(rs.getObject(1, UUID.class)), rs.getBigDecimal(2));
                });
        Map<ApprenticeshipId, Money> prices = new HashMap<>();
        jdbc.sql("SELECT id, training_price FROM apprenticeship WHERE id IN (:ids) AND training_price IS NOT NULL")
                .param("ids", ids).query(rs -> {
                    prices.put(new ApprenticeshipId(rs.getObject(1, UUID.class)), Money.of(rs.getBigDecimal(2)));
                });
        Map<ApprenticeshipId, TaskAnswers> initialAssessments = answers.read(ids, OnboardingTask.INITIAL_ASSESSMENT);
        Map<ApprenticeshipId, TaskAnswers> eligibilities = answers.read(ids, OnboardingTask.ELIGIBILITY);
        PlanningPolicy policy = provider.planningPolicy();
        Map<String, Optional<StandardDetails>> standardVersions = new HashMap<>();
        for (ApprenticeshipSummary a : apprenticeships) {
            Optional<StandardDetails> standard = standardVersions.computeIfAbsent(
                    a.standardReference() + " " + a.standardVersion(), key -> standard(a));
            ApprenticeshipId id = a.id();
            evaluate(a, standard, Optional.ofNullable(born.get(a.learnerId())), rpl.get(id),
                    initialAssessments.get(id), eligibilities.get(id),
                    Optional.ofNullable(prices.get(id)), () -> policy)
                    .ifPresent(rules -> evaluated.put(a.id(), rules));
        }
        return evaluated;
    }

    private Optional<RuleEvaluation> evaluate(ApprenticeshipSummary apprenticeship, BigDecimal rplHours,
            TaskAnswers initialAssessment, TaskAnswers eligibility) {
        Optional<StandardDetails> standard = standard(apprenticeship);
        Optional<java.time.LocalDate> born = learners.dateOfBirth(apprenticeship.learnerId());
        if (standard.isEmpty() || born.isEmpty() || apprenticeship.startDate() == null
                || apprenticeship.plannedEndDate() == null || apprenticeship.weeklyHours() == null) {
            return Optional.empty();
        }
        return evaluate(apprenticeship, standard, born, rplHours, initialAssessment, eligibility,
                trainingPrice(apprenticeship), provider::planningPolicy);
    }

    /** The rules applied to one apprenticeship's facts, read one by one or for many at once. */
    private static Optional<RuleEvaluation> evaluate(ApprenticeshipSummary apprenticeship,
            Optional<StandardDetails> standard, Optional<java.time.LocalDate> born, BigDecimal rplHours,
            TaskAnswers initialAssessment, TaskAnswers eligibility, Optional<Money> price,
            Supplier<PlanningPolicy> planningPolicy) {
        if (standard.isEmpty() || born.isEmpty() || apprenticeship.startDate() == null
                || apprenticeship.plannedEndDate() == null || apprenticeship.weeklyHours() == null) {
            return Optional.empty();
        }
        try {
            StandardDetails details = standard.get();
            StandardFacts standardFacts = new StandardFacts(details.referenceNumber(),
                    details.publishedMinimumOtjHours().map(BigDecimal::valueOf),
                    details.fundingBandMaximum().orElse(Money.ZERO),
                    details.typicalDurationMonths().orElse(TYPICAL_DURATION_WHEN_NOT_RECORDED),
                    Optional.of(details.level()), details.programmeType());
            ApprenticeshipFacts facts = ApprenticeshipFacts.of(apprenticeship.startDate(),
                    apprenticeship.plannedEndDate(), apprenticeship.weeklyHours(), born.get(), standardFacts)
                    .withRplHours(rplHours == null ? BigDecimal.ZERO : rplHours)
                    .withEmployerDecisionOnEnglishAndMaths(employerDecision(initialAssessment))
                    .withEhcPlan(YES.equals(eligibility.value(EHC_PLAN)));
            String careLeaver = eligibility.value(CARE_LEAVER);
            if (!careLeaver.isBlank()) {
                facts = facts.withCareLeaver(YES.equals(careLeaver));
            }
            if (price.isPresent()) {
                facts = facts.withTrainingPrice(price.get());
            }
            PlanningPolicy policy = planningPolicy.get();
            return Optional.of(FundingRules.evaluate(facts,
                    new ProviderPolicy(policy.otjPercentageOfContractedHours(), policy.reviewIntervalWeeks())));
        } catch (RuleInputException refused) {
            return Optional.empty();
        }
    }

    private BigDecimal decidedPriorLearningHours(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                SELECT hours_recognised FROM prior_learning WHERE apprenticeship_id = :id AND decided_at IS NOT NULL""")
                .param("id", apprenticeshipId).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    private Optional<Money> trainingPrice(ApprenticeshipSummary apprenticeship) {
        return jdbc.sql("SELECT training_price FROM apprenticeship WHERE id = :id").param("id", apprenticeship.id())
                .query((rs, n) -> Optional.ofNullable(Money.of(rs.getBigDecimal(1)))).optional().flatMap(p -> p);
    }
}
