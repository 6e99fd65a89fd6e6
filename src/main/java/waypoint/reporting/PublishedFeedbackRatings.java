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
     * Records the ratings published on a day; each rating in stars out of 4 as written ("3.6"), or empty where none
     * was published, and the number of reviews behind it.
     */
    public void record(CurrentUser by, LocalDate publishedOn, String apprenticeRating, String apprenticeReviews,
            String employerRating, String employerReviews, String sourceLink) {
        ratings.record(by, new FeedbackRatings.Published(publishedOn, stars(apprenticeRating),
                reviews(apprenticeReviews), stars(employerRating), reviews(employerReviews), sourceLink));
    }

    private static java.math.BigDecimal stars(String written) {
        return written == null || written.isBlank() ? null : new java.math.BigDecimal(written.strip()).setScale(1);
    }

    private static Integer reviews(String written) {
        return written == null || written.isBlank() ? null : Integer.valueOf(written.strip());
    }
}
