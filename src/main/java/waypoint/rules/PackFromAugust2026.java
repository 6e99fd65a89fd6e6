package waypoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Funding rules for apprenticeships that start on or after 1 August 2026: the apprenticeship funding rules 2026 to
 * 2027 (docs/domain/funding-rules.md, "Starts from 1 August 2026"). What changes from the 2025 to 2026 pack: the
 * off-the-job minimum is the "minimum hours for compliance" Skills England publishes for each standard version, and an
 * apprentice aged 19 or over may be withdrawn from English and maths. What stays: never below 187 hours, 8 months,
 * reviews by the end of the third calendar month, active learning every calendar month.
 */
record PackFromAugust2026() implements FundingRulePack {

    static final LocalDate FIRST_START = LocalDate.of(2026, 8, 1);

    @Override
    public String name() {
        return "Starts from 1 August 2026";
    }

    @Override
    public boolean covers(LocalDate start) {
        return !start.isBefore(FIRST_START);
    }

    /**
     * The standard version's published minimum hours for compliance, never below 187 h; unknown (never 0) until it is
     * recorded on the standard (docs/domain/funding-rules.md, Off-the-job training minimum, from 1 August 2026).
     */
    @Override
    public Explained<Optional<BigDecimal>> minimumOtjHours(ApprenticeshipFacts facts) {
        return PublishedMinimum.of(facts, Source.OTJ_FROM_AUGUST_2026, Source.OTJ_FROM_AUGUST_2026);
    }

    /** Reduced only by evidenced prior learning, never below 187 h (docs/domain/funding-rules.md, same section). */
    @Override
    public Explained<BigDecimal> otjFloor(ApprenticeshipFacts facts) {
        return Explained.because(PublishedMinimum.LEAST_HOURS, "Least off-the-job hours after prior learning: 187 h"
                + " for starts from 1 August 2026", Source.OTJ_FROM_AUGUST_2026);
    }

    /**
     * 8 months (242 days), extended pro rata for part-time apprentices as for 2025 to 2026 starts
     * (docs/domain/funding-rules.md, Minimum duration).
     */
    @Override
    public Explained<MinimumDuration> minimumDuration(ApprenticeshipFacts facts) {
        return MinimumDurations.extendedForPartTime(PackFromAugust2025.EIGHT_MONTHS_IN_DAYS, "8 months", facts,
                Source.MINIMUM_DURATION_2026_27,
                " (the rules say only \"extend pro rata\"; the same factor, 30 ÷ weekly hours, is applied to the"
                        + " 8-month minimum)");
    }

    /**
     * The 2025 to 2026 rule, kept: by the end of the third calendar month after the last review
     * (docs/domain/funding-rules.md, Progress reviews).
     */
    @Override
    public ReviewCadence reviewCadence() {
        return ReviewCadence.byEndOfThirdCalendarMonth();
    }

    /** The employer's opt-in for adults, with withdrawal (docs/domain/funding-rules.md, English and maths). */
    @Override
    public Explained<EnglishAndMaths> englishAndMaths(ApprenticeshipFacts facts) {
        return EnglishAndMathsRule.decide(facts);
    }

    /**
     * Every calendar month, also for those studying English and maths (docs/domain/funding-rules.md, Active
     * learning).
     */
    @Override
    public Explained<ActiveLearningInterval> activeLearningInterval(ApprenticeshipFacts facts) {
        return Explained.because(ActiveLearningInterval.CALENDAR_MONTH, "Active learning: some learning activity"
                + " recorded at least every calendar month (by the same date next month; at most 31 days), English and"
                + " maths included for an apprentice studying them", Source.ACTIVE_LEARNING);
    }

    @Override
    public String toString() {
        return name();
    }
}
