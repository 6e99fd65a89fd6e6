package waypoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Funding rules for apprenticeships that started before 1 August 2022. */
record PackBeforeAugust2022() implements FundingRulePack {

    static final LocalDate NEXT_PACK_STARTS = LocalDate.of(2022, 8, 1);
    static final BigDecimal TWENTY_PERCENT = new BigDecimal("0.2");
    static final long TWELVE_MONTHS_IN_DAYS = 365;

    @Override
    public String name() {
        return "Starts before 1 August 2022";
    }

    @Override
    public boolean covers(LocalDate start) {
        return start.isBefore(NEXT_PACK_STARTS);
    }

    /**
     * 20% of contracted paid hours (no overtime) over the practical period, after deducting statutory leave; no cap
     * on the hours. Source: docs/domain/funding-rules.md, Off-the-job training minimum, starts before 1 Aug 2022; the
     * learner handbook,
     * 20% Off the Job Training. Statutory leave pro rata as in {@link OffTheJobArithmetic} (unverified exact formula).
     */
    @Override
    public Explained<Optional<BigDecimal>> minimumOtjHours(ApprenticeshipFacts facts) {
        BigDecimal hoursAWeek = TWENTY_PERCENT.multiply(facts.weeklyHours());
        long days = facts.practicalPeriodDays();
        return Explained.because(Optional.of(OffTheJobArithmetic.hoursOver(days, hoursAWeek)),
                "Minimum off-the-job hours: 20% of contracted hours (" + Words.hours(facts.weeklyHours())
                        + " a week) over the practical period less statutory leave: "
                        + OffTheJobArithmetic.inWords(days, hoursAWeek),
                Source.OTJ_BEFORE_AUGUST_2022).and(List.of(OffTheJobArithmetic.METHOD));
    }

    /**
     * No separate floor is recorded for these starts; prior learning cannot shorten the apprenticeship below
     * 12 months, so the hours cannot fall below 20% of contracted hours over 365 days (derived from
     * docs/domain/funding-rules.md,
     * Minimum duration and Off-the-job training minimum).
     */
    @Override
    public Explained<BigDecimal> otjFloor(ApprenticeshipFacts facts) {
        BigDecimal hoursAWeek = TWENTY_PERCENT.multiply(facts.weeklyHours());
        return Explained.because(OffTheJobArithmetic.hoursOver(TWELVE_MONTHS_IN_DAYS, hoursAWeek),
                "Least off-the-job hours after prior learning: the apprenticeship still lasts at least 12 months, so"
                        + " 20% of contracted hours over 365 days: "
                        + OffTheJobArithmetic.inWords(TWELVE_MONTHS_IN_DAYS, hoursAWeek)
                        + " (derived: no separate floor is recorded for these starts)",
                Source.MINIMUM_DURATION_12_MONTHS);
    }

    /**
     * 12 months (365 days). docs/domain/funding-rules.md dates the part-time extension from Aug 2022, so it is not
     * applied here.
     * Source: docs/domain/funding-rules.md, Minimum duration; ILR rule DateOfBirth_46.
     */
    @Override
    public Explained<MinimumDuration> minimumDuration(ApprenticeshipFacts facts) {
        return MinimumDurations.fixed(TWELVE_MONTHS_IN_DAYS, "12 months", facts, Source.MINIMUM_DURATION_12_MONTHS);
    }

    /** Every 12 weeks. Source: the learner handbook, Progress Reviews. */
    @Override
    public ReviewCadence reviewCadence() {
        return ReviewCadence.everyWeeks(12, Source.REVIEWS_EVERY_12_WEEKS);
    }

    @Override
    public Explained<EnglishAndMaths> englishAndMaths(ApprenticeshipFacts facts) {
        return EnglishAndMathsRule.decide(facts);
    }

    /**
     * Every 4 weeks. docs/domain/funding-rules.md gives 4 weeks for 2022-23 and records no earlier rule, so earlier
     * starts keep it
     * (unverified for starts before 1 Aug 2022). Source: docs/domain/funding-rules.md, Active learning.
     */
    @Override
    public Explained<ActiveLearningInterval> activeLearningInterval(ApprenticeshipFacts facts) {
        return Explained.because(ActiveLearningInterval.FOUR_WEEKS, "Active learning: some learning activity"
                + " recorded at least every 4 weeks (28 days); the 2022-23 rule, the earliest recorded, is used for"
                + " earlier starts", Source.ACTIVE_LEARNING);
    }

    @Override
    public String toString() {
        return name();
    }
}
