package waypoint.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/** Funding rules for apprenticeships that start on or after 1 August 2025. */
record PackFromAugust2025() implements FundingRulePack {

    static final LocalDate FIRST_START = LocalDate.of(2025, 8, 1);
    /** ILR 2025-26 validation rule PHours_08: planned hours for these starts are never below 187. */
    static final BigDecimal ILR_LEAST_PLANNED_HOURS = new BigDecimal("187.0");
    static final long EIGHT_MONTHS_IN_DAYS = 242;

    @Override
    public String name() {
        return "Starts from 1 August 2025";
    }

    @Override
    public boolean covers(LocalDate start) {
        return !start.isBefore(FIRST_START);
    }

    /**
     * The standard's published minimum, no longer tied to duration or hours worked, never below 187 h
     * (docs/domain/funding-rules.md,
     * Off-the-job training minimum, from 1 Aug 2025; ILR rule PHours_08). No published figure recorded → unknown:
     * the rules never guess one.
     */
    @Override
    public Explained<Optional<BigDecimal>> minimumOtjHours(ApprenticeshipFacts facts) {
        StandardFacts standard = facts.standard();
        Optional<BigDecimal> published = standard.publishedMinimumOtjHours()
                .map(hours -> hours.setScale(1, RoundingMode.HALF_UP));
        if (published.isEmpty()) {
            return Explained.because(Optional.empty(), "Minimum off-the-job hours: unknown: the standard's published"
                    + " minimum is not recorded for " + standard.referenceNumber() + "; record it on the standard"
                    + " (the rules do not guess it; it is never below 187 h)", Source.OTJ_FROM_AUGUST_2025);
        }
        Explained<Optional<BigDecimal>> minimum = Explained.because(published,
                "Minimum off-the-job hours: the published minimum for " + standard.referenceNumber() + ", "
                        + Words.hours(published.get()) + " (not tied to the duration or the hours worked)",
                Source.OTJ_FROM_AUGUST_2025);
        if (published.get().compareTo(ILR_LEAST_PLANNED_HOURS) < 0) {
            return minimum.map(figure -> Optional.of(ILR_LEAST_PLANNED_HOURS))
                    .and("The published figure is below 187 h, the least the ILR accepts for these starts, so the"
                            + " minimum is 187 h", Source.ILR_PHOURS_08);
        }
        return minimum;
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
