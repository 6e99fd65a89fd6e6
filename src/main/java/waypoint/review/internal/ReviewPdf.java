package waypoint.review.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.Apprenticeships;
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
    private final ReviewStore store;
    private final Apprenticeships apprenticeships;
    private final JsonMapper json;

    ReviewPdf(ReviewService reviews, PdfRenderer renderer, ReviewStore store, Apprenticeships apprenticeships,
            JsonMapper json) {
        this.reviews = reviews;
        this.renderer = renderer;
        this.store = store;
        this.apprenticeships = apprenticeships;
        this.json = json;
    }

    public byte[] render(CurrentUser user, UUID reviewId, int number) {
        return render(reviews.version(user, reviewId, number));
    }

    /**
     * The PDF of the newest version of the review's record that the apprentice, the employer and the tutor all signed,
     * as its page prints it, for the transfer pack (docs/domain/transfer-pack.md), whose own rules say who makes one;
     * none when no version is signed by all three.
     */
    public Optional<byte[]> renderLatestSigned(UUID reviewId) {
        Optional<ReviewRow> review = store.find(reviewId);
        if (review.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> signed = store.signedVersions(review.get().apprenticeshipId()).stream()
                .filter(v -> v.reviewId().equals(reviewId)).map(ReviewStore.SignedVersion::version)
                .max(Integer::compare);
        Optional<ReviewStore.StoredVersion> version = signed.flatMap(n -> store.versions(reviewId).stream()
                .filter(v -> v.number() == n).findFirst());
        var apprenticeship = apprenticeships.find(review.get().apprenticeshipId());
        if (version.isEmpty() || apprenticeship.isEmpty()) {
            return Optional.empty();
        }
        ReviewStore.StoredVersion v = version.get();
        return Optional.of(render(new ReviewService.VersionView(apprenticeship.get(), review.get(), v,
                json.readValue(v.contentJson(), ReviewContent.class),
                store.signatures(reviewId, v.number(), v.canonicalText()))));
    }

    private byte[] render(ReviewService.VersionView view) {
        Map<ReviewParty, ReviewStore.ReviewSignature> signedBy = new EnumMap<>(ReviewParty.class);
        view.signatures().forEach(s -> signedBy.putIfAbsent(s.party(), s));
        return renderer.render("review/review-pdf", Map.of("v", view, "parties", ReviewParty.values(),
                "signedBy", signedBy));
    }
}
