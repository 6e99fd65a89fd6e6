package waypoint.reporting;

import org.springframework.stereotype.Service;

import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.accountability.FeedbackRatings;

/**
 * The apprentice and employer ratings the Apprenticeship Service publishes, as the provider records them
 * (docs/domain/accountability.md, "Apprentice and employer feedback"), for the system (the demo data): record them
 * as a named person would, with the same checks as the page.
 */
@Service
public class PublishedFeedbackRatings {

    private final FeedbackRatings ratings;

    PublishedFeedbackRatings(FeedbackRatings ratings) {
        this.ratings = ratings;
    }

    /** Whether any ratings have been recorded. */
    public boolean anyRecorded() {
        return ratings.latest().isPresent();
    }

    /** Records the ratings as published; each field as typed on the page (a rating in stars out of 4, or empty). */
    public void record(CurrentUser by, String publishedOn, String apprenticeRating, String apprenticeReviews,
            String employerRating, String employerReviews, String sourceLink) {
        ratings.record(by, new FeedbackRatings.Typed(publishedOn, apprenticeRating, apprenticeReviews, employerRating,
                employerReviews, sourceLink));
    }
}
