package waypoint.review.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import waypoint.identity.CurrentUser;
import waypoint.shared.pdf.PdfRenderer;

/** A PDF of one version of a review record with its signatures, from {@code templates/review/review-pdf.html}. */
@Service
public class ReviewPdf {

    private final ReviewService reviews;
    private final PdfRenderer renderer;

    ReviewPdf(ReviewService reviews, PdfRenderer renderer) {
        this.reviews = reviews;
        this.renderer = renderer;
    }

    public byte[] render(CurrentUser user, UUID reviewId, int number) {
        ReviewService.VersionView view = reviews.version(user, reviewId, number);
        return renderer.render("review/review-pdf", Map.of("v", view, "parties", ReviewParty.values(),
                "dates", new DatesHelper()));
    }

    /** Dates for the template, written as the pages write them. */
    public static final class DatesHelper {
        public String day(java.time.LocalDate date) {
            return Dates.of(date);
        }

        public String time(java.time.Instant instant) {
            return Dates.of(instant);
        }
    }
}
