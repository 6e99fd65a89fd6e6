package waypoint.rules;

import java.time.LocalDate;

/**
 * When progress reviews fall due: the first one counted from the start, each next one from the review before.
 * A due date is the last day the review may take place; holding it earlier is always allowed.
 */
public interface ReviewCadence {

    Explained<LocalDate> firstReviewDue(LocalDate start);

    Explained<LocalDate> nextReviewDue(LocalDate previousReview);

    /** “every 12 weeks”, “by the end of the third calendar month after the last review”. */
    String inWords();

    /** Every {@code weeks} weeks: the learner handbook's and 2022-23 funding rules' 12, or a provider's own number. */
    static ReviewCadence everyWeeks(int weeks, Source source) {
        return new ReviewsEveryWeeks(weeks, source);
    }

    /** The 2025-26 funding rules: by the end of the third calendar month after the last review. */
    static ReviewCadence byEndOfThirdCalendarMonth() {
        return new ReviewsByEndOfThirdCalendarMonth();
    }

    /** Whichever of this cadence and {@code other} makes each review due first (a provider's stricter policy). */
    default ReviewCadence stricterWith(ReviewCadence other) {
        return new StricterReviewCadence(this, other);
    }
}
