package waypoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Funding rules for apprenticeships that started from 1 August 2022 to 31 July 2025. */
record PackAugust2022ToJuly2025() implements FundingRulePack {

    static final LocalDate FIRST_START = LocalDate.of(2022, 8, 1);
    static final LocalDate NEXT_PACK_STARTS = LocalDate.of(2025, 8, 1);
    /** ILR 2025-26 validation rule PHours_06: planned hours for these starts are never below 278. */
    static final BigDecimal ILR_LEAST_PLANNED_HOURS = new BigDecimal("278.0");
    /**
     * Active learning went from every 4 weeks to every calendar month for 2023-24 (docs/domain/funding-rules.md,
     * Active learning).
     */
    static final LocalDate ACTIVE_LEARNING_MONTHLY_FROM = LocalDate.of(2023, 8, 1);

    @Override
    public String name() {
        return "Starts from 1 August 2022 to 31 July 2025";
    }

    @Override
    public boolean covers(LocalDate start) {
        return !start.isBefore(FIRST_START) && start.isBefore(NEXT_PACK_STARTS);
    }

    /**
     * min(weekly hours, 30) × 20% a week: 6 h a week for full time (30 h or more), even when contracted for more;
     * over weeks less 5.6 weeks a year of statutory leave, pro rata (docs/domain/funding-rules.md, Off-the-job
     * training minimum,
     * 1 Aug 2022 to 31 Jul 2025; formula used by peers, unverified as exact). Never below 278 h, the least the ILR
     * accepts for these starts (ILR rule PHours_06). 12 months full time: 6 × (52.14 − 5.6) = 279.3 h
     * (docs/domain/funding-rules.md's
     * 278.4 counts 52 weeks instead of 365 ÷ 7).
     */
    @Override
    public Explained<Optional<BigDecimal>> minimumOtjHours(ApprenticeshipFacts facts) {
        BigDecimal hours = facts.weeklyHours();
        boolean fullTime = hours.compareTo(MinimumDurations.FULL_TIME_WEEKLY_HOURS) >= 0;
        BigDecimal hoursAWeek = PackBeforeAugust2022.TWENTY_PERCENT.multiply(
                fullTime ? MinimumDurations.FULL_TIME_WEEKLY_HOURS : hours);
        long days = facts.practicalPeriodDays();
        BigDecimal byFormula = OffTheJobArithmetic.hoursOver(days, hoursAWeek);
        Explained<Optional<BigDecimal>> minimum = Explained.because(Optional.of(byFormula),
                "Minimum off-the-job hours: " + (fullTime
                        ? "full time (" + Words.hours(hours) + " a week, 30 h or more), so 6 h a week (20% of 30 h)"
                        : "part time, 20% of " + Words.hours(hours) + " a week = " + Words.hours(hoursAWeek)
                                + " a week")
                        + ", less 5.6 weeks a year of statutory leave, pro rata: "
                        + OffTheJobArithmetic.inWords(days, hoursAWeek),
                Source.OTJ_AUGUST_2022_TO_JULY_2025).and(List.of(OffTheJobArithmetic.METHOD));
        if (byFormula.compareTo(ILR_LEAST_PLANNED_HOURS) < 0) {
            return minimum.map(formula -> Optional.of(ILR_LEAST_PLANNED_HOURS))
                    .and(Words.oneDecimal(byFormula) + " h is below the 278 h the ILR accepts for these starts,"
                            + " so the minimum is 278 h", Source.ILR_PHOURS_06);
        }
        return minimum;
    }

    /** Never below 278 h, prior learning or not (ILR rule PHours_06). */
    @Override
    public Explained<BigDecimal> otjFloor(ApprenticeshipFacts facts) {
        return Explained.because(ILR_LEAST_PLANNED_HOURS, "Least off-the-job hours after prior learning: 278 h, the"
                + " least the ILR accepts for starts from 1 August 2022 to 31 July 2025", Source.ILR_PHOURS_06);
    }

    /**
     * 12 months (365 days), extended pro rata under 30 h a week. Source: docs/domain/funding-rules.md, Minimum
     * duration; ILR rule
     * DateOfBirth_46.
     */
    @Override
    public Explained<MinimumDuration> minimumDuration(ApprenticeshipFacts facts) {
        return MinimumDurations.extendedForPartTime(PackBeforeAugust2022.TWELVE_MONTHS_IN_DAYS, "12 months", facts,
                Source.MINIMUM_DURATION_12_MONTHS, "");
    }

    /**
     * At least every 12 weeks. Source: docs/domain/funding-rules.md, Progress reviews, funding rules 2022-23; the
     * learner handbook.
     */
    @Override
    public ReviewCadence reviewCadence() {
        return ReviewCadence.everyWeeks(12, Source.REVIEWS_EVERY_12_WEEKS);
    }

    /** The 11 Feb 2025 change for adults falls inside this pack's period: a dated rule, see EnglishAndMathsRule. */
    @Override
    public Explained<EnglishAndMaths> englishAndMaths(ApprenticeshipFacts facts) {
        return EnglishAndMathsRule.decide(facts);
    }

    /**
     * Every 4 weeks for starts in 2022-23, every calendar month from 1 Aug 2023. Source: docs/domain/funding-rules.md,
     * Active learning.
     */
    @Override
    public Explained<ActiveLearningInterval> activeLearningInterval(ApprenticeshipFacts facts) {
        if (facts.startDate().isBefore(ACTIVE_LEARNING_MONTHLY_FROM)) {
            return Explained.because(ActiveLearningInterval.FOUR_WEEKS, "Active learning: a start in 2022-23, so"
                    + " some learning activity recorded at least every 4 weeks (28 days)", Source.ACTIVE_LEARNING);
        }
        return Explained.because(ActiveLearningInterval.CALENDAR_MONTH, "Active learning: a start from 1 August"
                + " 2023, so some learning activity recorded at least every calendar month (by the same date next"
                + " month; at most 31 days)", Source.ACTIVE_LEARNING);
    }

    @Override
    public String toString() {
        return name();
    }
}
