package waypoint.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hours a week over a practical period less statutory leave, the sum behind every duration-based off-the-job figure.
 *
 * <p>weeks = days ÷ 7; statutory leave = 5.6 weeks × days ÷ 365 (5.6 weeks a year, pro rata); hours = hours a week ×
 * (weeks − leave). Source: docs/domain/funding-rules.md, “Formula used by peers for 2022–2025 starts” — unverified as
 * the exact
 * official formula. Exact arithmetic: hours a week × days × (1/7 − 5.6/365) = hours a week × days × 325.8 ÷ 2555,
 * one division at the end, rounded half up to 1 decimal place. The weeks shown in words are rounded for reading
 * only.
 */
final class OffTheJobArithmetic {

    static final BigDecimal STATUTORY_LEAVE_WEEKS_A_YEAR = new BigDecimal("5.6");
    private static final BigDecimal DAYS_A_WEEK = new BigDecimal("7");
    private static final BigDecimal DAYS_A_YEAR = new BigDecimal("365");
    // 1/7 − 5.6/365 = (365 − 5.6 × 7) / (7 × 365) = 325.8 / 2555
    private static final BigDecimal WORKING_WEEKS_NUMERATOR = DAYS_A_YEAR.subtract(
            STATUTORY_LEAVE_WEEKS_A_YEAR.multiply(DAYS_A_WEEK));
    private static final BigDecimal WORKING_WEEKS_DENOMINATOR = DAYS_A_WEEK.multiply(DAYS_A_YEAR);

    private OffTheJobArithmetic() {
    }

    /** Hours a week × (weeks − statutory leave) over {@code days}, to 1 decimal place, half up. */
    static BigDecimal hoursOver(long days, BigDecimal hoursAWeek) {
        return hoursAWeek.multiply(BigDecimal.valueOf(days)).multiply(WORKING_WEEKS_NUMERATOR)
                .divide(WORKING_WEEKS_DENOMINATOR, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal weeks(long days) {
        return BigDecimal.valueOf(days).divide(DAYS_A_WEEK, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal statutoryLeaveWeeks(long days) {
        return STATUTORY_LEAVE_WEEKS_A_YEAR.multiply(BigDecimal.valueOf(days)).divide(DAYS_A_YEAR, 1,
                RoundingMode.HALF_UP);
    }

    /** “6 h a week × (52.1 weeks − 5.6 weeks statutory leave) = 279.3 h over 365 days”. */
    static String inWords(long days, BigDecimal hoursAWeek) {
        return Words.hours(hoursAWeek) + " a week × (" + Words.oneDecimal(weeks(days)) + " weeks − "
                + Words.oneDecimal(statutoryLeaveWeeks(days)) + " weeks statutory leave) = "
                + Words.oneDecimal(hoursOver(days, hoursAWeek)) + " h over " + Words.days(days);
    }

    /** How the sum is worked, said once after it. */
    static final Explanation METHOD = new Explanation("Weeks = days ÷ 7 and statutory leave = 5.6 weeks × days ÷ 365"
            + " (5.6 weeks a year, pro rata); the hours are worked exactly and rounded half up to 1 decimal place at"
            + " the end, the weeks shown are rounded for reading", Source.STATUTORY_LEAVE_FORMULA);
}
