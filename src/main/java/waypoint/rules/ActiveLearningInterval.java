package waypoint.rules;

import java.time.LocalDate;

/**
 * How often some learning activity must be recorded, for the apprentice to count as in active learning.
 * Source: docs/domain/funding-rules.md, Active learning (“at least every 4 weeks (2022-23) / every calendar month
 * (2023-24 onwards)”).
 */
public enum ActiveLearningInterval {
    FOUR_WEEKS(28, "every 4 weeks (28 days)"),
    /** A calendar month is 28 to 31 days; 31 is the longest gap it allows. */
    CALENDAR_MONTH(31, "every calendar month (the same date next month, at most 31 days)");

    private final int longestGapDays;
    private final String inWords;

    ActiveLearningInterval(int longestGapDays, String inWords) {
        this.longestGapDays = longestGapDays;
        this.inWords = inWords;
    }

    /** The longest gap in days between two recorded learning activities. */
    public int days() {
        return longestGapDays;
    }

    public String inWords() {
        return inWords;
    }

    /** The last day by which the next learning activity must be recorded (31 Jan → 28 or 29 Feb for a month). */
    public LocalDate nextActivityDue(LocalDate lastActivity) {
        return this == FOUR_WEEKS ? lastActivity.plusDays(longestGapDays) : lastActivity.plusMonths(1);
    }
}
