package waypoint.reporting;

import java.time.LocalDate;

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

    /**
     * Records the ratings published on a day; each other field as typed on the page (a rating in stars out of 4, or
     * empty), checked as the page checks it.
     */
    public void record(CurrentUser by, LocalDate publishedOn, String apprenticeRating, String apprenticeReviews,
            String employerRating, String employerReviews, String sourceLink) {
        ratings.record(by, FeedbackRatings.Typed.publishedOn(publishedOn, apprenticeRating, apprenticeReviews,
                employerRating, employerReviews, sourceLink));
    }
}
