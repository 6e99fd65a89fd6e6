package waypoint.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.review.internal.ReviewPdf;
import waypoint.review.internal.ReviewService;
import waypoint.review.internal.ReviewStore;

/**
 * The signed progress reviews of an apprenticeship, for another module's record of the evidence (the funding audit
 * evidence pack: docs/domain/progress-reviews.md): each version of a review's record that the apprentice, the
 * employer and the tutor all signed, who signed it and when, and its PDF as the review's own page prints it. Who may
 * see them is the review module's rule, asked again for every PDF.
 */
@Service
public class SignedReviews {

    private final ReviewStore store;
    private final ReviewService reviews;
    private final ReviewPdf pdf;

    SignedReviews(ReviewStore store, ReviewService reviews, ReviewPdf pdf) {
        this.store = store;
        this.reviews = reviews;
        this.pdf = pdf;
    }

    /** One signature: the party in words (apprentice, employer, tutor), the name typed and when. */
    public record Signer(String party, String name, Instant signedAt) {
    }

    /** One signed version of a review's record: the review's number, the version, the meeting day and its signers. */
    public record SignedReview(UUID reviewId, int number, int version, LocalDate heldOn, List<Signer> signers) {
    }

    /** Every signed version of the apprenticeship's reviews, oldest first, for someone who may see its reviews. */
    @Transactional(readOnly = true)
    public List<SignedReview> of(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return store.signedVersions(apprenticeshipId).stream().map(v -> {
            ReviewService.VersionView view = reviews.version(user, v.reviewId(), v.version());
            return new SignedReview(v.reviewId(), v.number(), v.version(), v.heldOn(), view.signatures().stream()
                    .map(s -> new Signer(s.party().words(), s.signature().typedName(), s.signature().signedAt()))
                    .toList());
        }).toList();
    }

    /** The PDF of one version of a review's record with its signatures, as the review's page prints it. */
    public byte[] pdf(CurrentUser user, UUID reviewId, int version) {
        return pdf.render(user, reviewId, version);
    }
}
