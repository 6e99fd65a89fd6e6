package waypoint.rules;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * At least every 3 calendar months: due by the end of the third calendar month after the last review (a review on
 * 1 Aug 2025 makes the next due on or before 30 Nov 2025). The first review counts from the start as if it were the
 * last review. A different frequency is allowed with an evidenced reason agreed by the employer.
 * Source: docs/domain/funding-rules.md, Progress reviews, funding rules 2025-26 (secondary source).
 */
record ReviewsByEndOfThirdCalendarMonth() implements ReviewCadence {

    private static LocalDate endOfThirdCalendarMonthAfter(LocalDate date) {
        return date.plusMonths(3).with(TemporalAdjusters.lastDayOfMonth());
    }

    @Override
    public Explained<LocalDate> firstReviewDue(LocalDate start) {
        LocalDate due = endOfThirdCalendarMonthAfter(start);
        return Explained.because(due, "First progress review due by the end of the third calendar month after the"
                + " start on " + Words.date(start) + ": by " + Words.date(due)
                + " (another frequency needs an evidenced reason agreed by the employer)", Source.REVIEWS_2025_26);
    }

    @Override
    public Explained<LocalDate> nextReviewDue(LocalDate previousReview) {
        LocalDate due = endOfThirdCalendarMonthAfter(previousReview);
        return Explained.because(due, "Next progress review due by the end of the third calendar month after the"
                + " review on " + Words.date(previousReview) + ": by " + Words.date(due), Source.REVIEWS_2025_26);
    }

    @Override
    public String inWords() {
        return "by the end of the third calendar month after the last review";
    }
}
