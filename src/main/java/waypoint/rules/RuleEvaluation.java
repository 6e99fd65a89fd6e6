package waypoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the funding rules (and the provider's stricter policy) say about one apprenticeship, with the
 * explanations in reading order, each ending with its source. Hours are to 1 decimal place, rounded half up.
 */
public record RuleEvaluation(
        FundingRulePack pack,
        ApprenticeshipFacts facts,
        OtjPlan offTheJob,
        Optional<PriorLearning> priorLearning,
        MinimumDuration minimumDuration,
        ReviewCadence reviewCadence,
        LocalDate firstReviewDue,
        EnglishAndMaths englishAndMaths,
        ActiveLearningInterval activeLearning,
        FundingEligibility eligibility,
        java.util.Map<String, String> refusals,
        List<Explanation> explanations) {

    public RuleEvaluation {
        refusals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(refusals));
        explanations = List.copyOf(explanations);
    }

    /** The programme type of the standard version (docs/domain/programme-types.md). */
    public ProgrammeType programmeType() {
        return facts.standard().programmeType();
    }

    /**
     * The facts that break the programme type's rules (an apprenticeship unit for a learner under 19, over 16 weeks),
     * by the rules' field names (startDate, plannedEndDate, dateOfBirth, standard), each naming its rule; empty when
     * none. A start with a refusal is not funded.
     */
    public java.util.Map<String, String> refusals() {
        return refusals;
    }

    /** The funding minimum this apprentice must plan, after prior learning; empty when unknown. */
    public Optional<BigDecimal> minimumOtjHours() {
        return offTheJob.fundingMinimum();
    }

    /** The funding minimum for an apprentice with no prior learning; empty when unknown. */
    public Optional<BigDecimal> minimumOtjHoursWithoutPriorLearning() {
        return priorLearning.map(PriorLearning::minimumOtjHoursWithoutPriorLearning);
    }

    /** The provider's own figure, after prior learning; empty when the provider sets none. */
    public Optional<BigDecimal> providerPlannedOtjHours() {
        return offTheJob.providerFigure();
    }

    /** The hours to plan: the higher of the funding minimum and the provider's figure. */
    public Optional<BigDecimal> plannedOtjHours() {
        return offTheJob.planned();
    }

    /** Where the minimum duration comes from, as a provider would look it up (“the apprenticeship funding rules …”). */
    public String minimumDurationCitation() {
        return explanations.stream().map(Explanation::source)
                .filter(source -> source == Source.MINIMUM_DURATION_12_MONTHS
                        || source == Source.MINIMUM_DURATION_8_MONTHS || source == Source.MINIMUM_DURATION_2026_27
                        || source == Source.APPRENTICESHIP_UNITS)
                .findFirst().map(Source::citation).orElse(Source.PACK_BY_START_DATE.citation());
    }

    public long minimumDurationDays() {
        return minimumDuration.minimumDays();
    }

    public boolean meetsMinimumDuration() {
        return minimumDuration.met();
    }

    public boolean englishAndMathsRequired() {
        return englishAndMaths.required();
    }

    /** 28 for every 4 weeks; 31, the longest calendar month, for every calendar month. */
    public int activeLearningIntervalDays() {
        return activeLearning.days();
    }

    /** The next review's due date after a review held on {@code previousReview}, with the provider's cadence. */
    public Explained<LocalDate> nextReviewDue(LocalDate previousReview) {
        return reviewCadence.nextReviewDue(previousReview);
    }

    public LocalDate nextLearningActivityDue(LocalDate lastActivity) {
        return activeLearning.nextActivityDue(lastActivity);
    }

    /**
     * Why the apprentice is or is not funded on this standard (the level 7 age rule), as sentences; none where no
     * eligibility rule applies.
     */
    public List<String> eligibilitySentences() {
        java.util.List<String> sentences = new java.util.ArrayList<>(refusals.values());
        explanations.stream().filter(e -> e.source() == Source.LEVEL_7_AGE).map(Explanation::sentence)
                .forEach(sentences::add);
        return List.copyOf(sentences);
    }

    /** The explanations as sentences for the UI and the API. */
    public List<String> explanationSentences() {
        return explanations.stream().map(Explanation::sentence).toList();
    }
}
