package waypoint.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Minimum practical periods, their extension for part-time apprentices, and the check of the planned dates. */
final class MinimumDurations {

    static final BigDecimal FULL_TIME_WEEKLY_HOURS = new BigDecimal("30");

    private MinimumDurations() {
    }

    static Explained<MinimumDuration> fixed(long minimumDays, String minimumInWords, ApprenticeshipFacts facts,
            Source source) {
        return Explained.because(minimumDays, "Minimum practical period: " + minimumInWords + " ("
                        + Words.days(minimumDays) + ")", source)
                .and(checkOfThePlannedDates(minimumDays, facts, source))
                .map(days -> new MinimumDuration(days, facts.practicalPeriodDays()));
    }

    /**
     * Under 30 contracted hours a week the minimum is extended pro rata: minimum × 30 ÷ weekly hours, rounded up to
     * a whole day so that it is never short (12 months at 20 h a week: 365 × 30 ÷ 20 = 547.5 → 548 days).
     * Source: docs/domain/funding-rules.md, Minimum duration (part-time apprentices, starts from Aug 2022) and
     * Off-the-job training
     * minimum (1 Aug 2022 to 31 Jul 2025: “the duration is extended pro rata”).
     */
    static Explained<MinimumDuration> extendedForPartTime(long fullTimeDays, String minimumInWords,
            ApprenticeshipFacts facts, Source source, String noteOnTheExtension) {
        BigDecimal hours = facts.weeklyHours();
        if (hours.compareTo(FULL_TIME_WEEKLY_HOURS) >= 0) {
            return fixed(fullTimeDays, minimumInWords, facts, source);
        }
        BigDecimal dayHours = BigDecimal.valueOf(fullTimeDays).multiply(FULL_TIME_WEEKLY_HOURS);
        long extended = dayHours.divide(hours, 0, RoundingMode.CEILING).longValueExact();
        BigDecimal shown = dayHours.divide(hours, 1, RoundingMode.HALF_UP);
        return Explained.because(extended, "Minimum practical period: " + minimumInWords + " ("
                                + Words.days(fullTimeDays) + ") for full time", source)
                .and("Part time (" + Words.hours(hours) + " a week, under 30 h): extended pro rata, "
                        + Words.days(fullTimeDays) + " × 30 h ÷ " + Words.hours(hours) + " = "
                        + Words.number(shown) + " days, rounded up to "
                        + Words.days(extended) + noteOnTheExtension, Source.PART_TIME_EXTENSION)
                .and(checkOfThePlannedDates(extended, facts, source))
                .map(days -> new MinimumDuration(days, facts.practicalPeriodDays()));
    }

    private static List<Explanation> checkOfThePlannedDates(long minimumDays, ApprenticeshipFacts facts,
            Source source) {
        long planned = facts.practicalPeriodDays();
        String verdict = planned >= minimumDays
                ? "meets the minimum of " + Words.days(minimumDays)
                : "is " + Words.days(minimumDays - planned) + " short of the minimum of " + Words.days(minimumDays)
                        + "; move the planned end to " + Words.date(facts.startDate().plusDays(minimumDays))
                        + " or later";
        return List.of(new Explanation("Planned practical period " + Words.date(facts.startDate()) + " to "
                + Words.date(facts.plannedEndDate()) + " = " + Words.days(planned)
                + " (end − start, leap days counted): " + verdict, source));
    }
}
