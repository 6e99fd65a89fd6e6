package waypoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Funding rules for apprenticeships that start from 1 August 2025 to 31 July 2026. */
record PackFromAugust2025() implements FundingRulePack {

    static final LocalDate FIRST_START = LocalDate.of(2025, 8, 1);
    static final LocalDate NEXT_PACK_STARTS = PackFromAugust2026.FIRST_START;
    /** ILR 2025-26 validation rule PHours_08: planned hours for these starts are never below 187. */
    static final BigDecimal ILR_LEAST_PLANNED_HOURS = PublishedMinimum.LEAST_HOURS;
    static final long EIGHT_MONTHS_IN_DAYS = 242;

    @Override
    public String name() {
        return "Starts from 1 August 2025 to 31 July 2026";
    }

    @Override
    public boolean covers(LocalDate start) {
        return !start.isBefore(FIRST_START) && start.isBefore(NEXT_PACK_STARTS);
    }

    /**
     * The standard's published minimum, never below 187 h (docs/domain/funding-rules.md, Off-the-job training
     * minimum, from 1 Aug 2025; ILR rule PHours_08).
     */
    @Override
    public Explained<Optional<BigDecimal>> minimumOtjHours(ApprenticeshipFacts facts) {
        return PublishedMinimum.of(facts, Source.OTJ_FROM_AUGUST_2025, Source.ILR_PHOURS_08);
    }

    /**
     * Never below 187 h, even after prior learning (docs/domain/funding-rules.md, Recognition of prior learning; ILR
     * PHours_08).
     */
    @Override
    public Explained<BigDecimal> otjFloor(ApprenticeshipFacts facts) {
        return Explained.because(ILR_LEAST_PLANNED_HOURS, "Least off-the-job hours after prior learning: 187 h for"
                + " starts from 1 August 2025", Source.ILR_PHOURS_08);
    }

    /**
     * 8 months (242 days), ILR rule DateOfBirth_57. docs/domain/funding-rules.md says only that part-time durations
     * are extended pro
     * rata; the same factor as before, 30 ÷ weekly hours, is applied to 242 days, and the explanation says so.
     */
    @Override
    public Explained<MinimumDuration> minimumDuration(ApprenticeshipFacts facts) {
        return MinimumDurations.extendedForPartTime(EIGHT_MONTHS_IN_DAYS, "8 months", facts,
                Source.MINIMUM_DURATION_8_MONTHS,
                " (the rules say only \"extend pro rata\"; the same factor, 30 ÷ weekly hours, is applied to the"
                        + " 8-month minimum)");
    }

    /**
     * By the end of the third calendar month after the last review. Source: docs/domain/funding-rules.md, funding
     * rules 2025-26.
     */
    @Override
    public ReviewCadence reviewCadence() {
        return ReviewCadence.byEndOfThirdCalendarMonth();
    }

    @Override
    public Explained<EnglishAndMaths> englishAndMaths(ApprenticeshipFacts facts) {
        return EnglishAndMathsRule.decide(facts);
    }

    /** Every calendar month (2023-24 onwards). Source: docs/domain/funding-rules.md, Active learning. */
    @Override
    public Explained<ActiveLearningInterval> activeLearningInterval(ApprenticeshipFacts facts) {
        return Explained.because(ActiveLearningInterval.CALENDAR_MONTH, "Active learning: some learning activity"
                + " recorded at least every calendar month (by the same date next month; at most 31 days)",
                Source.ACTIVE_LEARNING);
    }

    @Override
    public String toString() {
        return name();
    }
}
