package waypoint.rules;

import java.time.LocalDate;

/**
 * Reviews every n weeks from the programme start date, then from each review.
 * Source: the learner handbook, Progress Reviews (“every 12 weeks from the programme start date”);
 * docs/domain/funding-rules.md, Progress
 * reviews (funding rules 2022-23: at least every 12 weeks); or the provider's own policy.
 */
record ReviewsEveryWeeks(int weeks, Source source) implements ReviewCadence {

    ReviewsEveryWeeks {
        if (weeks < 1) {
            throw new IllegalArgumentException("reviews are at least a week apart");
        }
    }

    @Override
    public Explained<LocalDate> firstReviewDue(LocalDate start) {
        LocalDate due = start.plusWeeks(weeks);
        return Explained.because(due, "First progress review due " + weeks + " weeks after the start on "
                + Words.date(start) + ": by " + Words.date(due), source);
    }

    @Override
    public Explained<LocalDate> nextReviewDue(LocalDate previousReview) {
        LocalDate due = previousReview.plusWeeks(weeks);
        return Explained.because(due, "Next progress review due " + weeks + " weeks after the review on "
                + Words.date(previousReview) + ": by " + Words.date(due), source);
    }

    @Override
    public String inWords() {
        return "every " + weeks + " weeks";
    }
}
