package waypoint.reporting.internal.accountability;

import static waypoint.enrolment.ApprenticeshipStatus.BREAK_IN_LEARNING;
import static waypoint.enrolment.ApprenticeshipStatus.END_POINT_ASSESSMENT;
import static waypoint.enrolment.ApprenticeshipStatus.GATEWAY;
import static waypoint.enrolment.ApprenticeshipStatus.IN_LEARNING;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The in-year forecast of the achievement rate (docs/domain/accountability.md, "Forecast"): the apprentices who have
 * already left this year as they left, and those still learning who are due to end this year by their status. At the
 * gateway or in assessment: expected to achieve. In learning, planned to end this year: expected to achieve, unless
 * already 90 days or more past the planned end, when they are expected not to. On a break: not expected to end this
 * year (the planned end moves when they return). The lowest figure counts everyone due as not achieving, the highest
 * everyone due as achieving.
 */
public record Forecast(AcademicYear year, long left, long achieved, long due, long dueExpectedToAchieve) {

    public static Forecast of(List<ApprenticeshipFact> facts, AcademicYear year, LocalDate today) {
        Figure sofar = IndicatorRules.achievement(facts, year, today);
        long due = 0;
        long expected = 0;
        for (ApprenticeshipFact f : facts) {
            if (IndicatorRules.excludedFoundationFromAchievement(f, year) || f.plannedEnd() == null
                    || f.plannedEnd().isAfter(year.last()) || f.left() || f.status() == BREAK_IN_LEARNING) {
                continue;
            }
            if (f.status() == GATEWAY || f.status() == END_POINT_ASSESSMENT) {
                due++;
                expected++;
            } else if (f.status() == IN_LEARNING) {
                due++;
                if (IndicatorRules.daysPastPlannedEnd(f, today) < 90) {
                    expected++;
                }
            }
        }
        return new Forecast(year, sofar.denominator(), sofar.numerator(), due, expected);
    }

    public long cohort() {
        return left + due;
    }

    public BigDecimal lowest() {
        return percent(achieved);
    }

    public BigDecimal expected() {
        return percent(achieved + dueExpectedToAchieve);
    }

    public BigDecimal highest() {
        return percent(achieved + due);
    }

    private BigDecimal percent(long n) {
        return cohort() == 0 ? null : BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(cohort()), 1,
                RoundingMode.HALF_UP);
    }

    public String lowestText() {
        return text(lowest());
    }

    public String expectedText() {
        return text(expected());
    }

    public String highestText() {
        return text(highest());
    }

    /** "72.5%", or words when nobody is counted. */
    public static String text(BigDecimal percent) {
        return percent == null ? "No apprenticeships counted" : percent.stripTrailingZeros().toPlainString() + "%";
    }
}
