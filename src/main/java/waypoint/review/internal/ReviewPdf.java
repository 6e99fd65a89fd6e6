package waypoint.review.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import waypoint.identity.CurrentUser;
import waypoint.shared.pdf.PdfRenderer;

/**
 * A PDF of one version of a review record with its signatures, from {@code templates/review/review-pdf.html} (the
 * signature block is the shared {@code fragments/signatures.html}).
 */
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
        Map<ReviewParty, ReviewStore.ReviewSignature> signedBy = new EnumMap<>(ReviewParty.class);
        view.signatures().forEach(s -> signedBy.putIfAbsent(s.party(), s));
        return renderer.render("review/review-pdf", Map.of("v", view, "parties", ReviewParty.values(),
                "signedBy", signedBy));
    }
}
