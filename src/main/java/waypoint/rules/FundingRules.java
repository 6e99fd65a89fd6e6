package waypoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The funding rules as one call: choose the pack by the start date, apply it to the facts, add the provider's
 * stricter policy, and explain every step. Pure: same facts, same answer.
 */
public final class FundingRules {

    private static final List<FundingRulePack> PACKS = List.of(
            new PackBeforeAugust2022(), new PackAugust2022ToJuly2025(), new PackFromAugust2025(),
            new PackFromAugust2026());

    private FundingRules() {
    }

    /** The packs, oldest first. */
    public static List<FundingRulePack> packs() {
        return PACKS;
    }

    /** The pack for an apprenticeship starting on {@code start}: the rules of its start date apply throughout. */
    public static FundingRulePack packFor(LocalDate start) {
        return PACKS.stream().filter(pack -> pack.covers(start)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no funding-rule pack covers " + start));
    }

    public static RuleEvaluation evaluate(ApprenticeshipFacts facts) {
        return evaluate(facts, ProviderPolicy.fundingRulesOnly());
    }

    public static RuleEvaluation evaluate(ApprenticeshipFacts facts, ProviderPolicy policy) {
        FundingRulePack pack = packFor(facts.startDate());
        List<Explanation> why = new ArrayList<>();
        why.add(new Explanation("A start on " + Words.date(facts.startDate()) + " follows the rules for "
                + Character.toLowerCase(pack.name().charAt(0)) + pack.name().substring(1), Source.PACK_BY_START_DATE));

        ProgrammeType type = facts.standard().programmeType();
        if (type != ProgrammeType.APPRENTICESHIP_STANDARD) {
            why.add(new Explanation(type.label() + ": the rules of its programme type apply where they differ",
                    type == ProgrammeType.APPRENTICESHIP_UNIT ? Source.APPRENTICESHIP_UNITS
                            : Source.FOUNDATION_APPRENTICESHIPS));
        }
        Explained<java.util.Map<String, String>> refusals = ProgrammeTypeRules.refusals(facts);
        why.addAll(refusals.explanations());
        ProviderPolicy typePolicy = ProgrammeTypeRules.policy(policy, facts);
        Explained<Optional<BigDecimal>> minimum = ProgrammeTypeRules.minimumOtjHours(pack, facts);
        why.addAll(minimum.explanations());
        Explained<MinimumDuration> duration = ProgrammeTypeRules.duration(pack, facts);
        Explained<Optional<PriorLearning>> priorLearning = PriorLearningRule.apply(facts, minimum.value(),
                ProgrammeTypeRules.otjFloor(pack, facts), duration.value());
        why.addAll(priorLearning.explanations());
        Explained<OtjPlan> plan = OtjPlan.plan(facts,
                priorLearning.value().map(PriorLearning::reducedMinimumOtjHours), typePolicy);
        why.addAll(plan.explanations());
        why.addAll(duration.explanations());

        ReviewCadence reviews = policy.reviewCadence()
                .map(provider -> pack.reviewCadence().stricterWith(provider))
                .orElse(pack.reviewCadence());
        Explained<LocalDate> firstReview = reviews.firstReviewDue(facts.startDate());
        why.addAll(firstReview.explanations());
        Explained<EnglishAndMaths> englishAndMaths = ProgrammeTypeRules.englishAndMaths(pack, facts);
        why.addAll(englishAndMaths.explanations());
        Explained<ActiveLearningInterval> activeLearning = pack.activeLearningInterval(facts);
        why.addAll(activeLearning.explanations());
        why.addAll(ProgrammeTypeRules.assessment(facts));
        Explained<FundingEligibility> eligibility = LevelSevenAgeRule.decide(facts);
        why.addAll(eligibility.explanations());
        FundingEligibility funded = refusals.value().isEmpty() ? eligibility.value() : FundingEligibility.NOT_ELIGIBLE;

        return new RuleEvaluation(pack, facts, plan.value(), priorLearning.value(), duration.value(), reviews,
                firstReview.value(), englishAndMaths.value(), activeLearning.value(), funded, refusals.value(), why);
    }
}
