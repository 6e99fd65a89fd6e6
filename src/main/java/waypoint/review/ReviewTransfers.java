package waypoint.review;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.review.internal.PriorReview;
import waypoint.review.internal.PriorReviewStore;
import waypoint.review.internal.ReviewPdf;
import waypoint.review.internal.ReviewService;
import waypoint.review.internal.ReviewStore;
import waypoint.shared.files.FileKind;
import waypoint.shared.files.FileUploads;
import waypoint.shared.files.UploadRejectedException;
import waypoint.shared.files.UploadedFile;
import waypoint.shared.time.GovUkDates;

/**
 * Progress reviews moving with an apprentice between training providers (docs/domain/progress-reviews.md, "Reviews
 * with a previous provider"; docs/domain/transfer-pack.md): the reviews held here, for the transfer pack another
 * provider reads, and the reviews held with the previous provider, recorded here from the pack brought in. Not
 * authorised here: the transfer pack's own rules (who makes or brings in a pack) are asked by its caller.
 */
@Service
public class ReviewTransfers {

    /** The most a signed record's PDF brought in may be. */
    public static final long MOST_SIGNED_RECORD_BYTES = 20L * 1024 * 1024;

    /**
     * A review held here as a transfer pack gives it: the day held, who signed its latest record, and whether a version
     * of its record is signed by all three (its PDF then goes in the pack: {@link #signedRecordPdf}).
     */
    public record HeldReview(UUID reviewId, int number, LocalDate heldOn, List<SignedReviews.Signer> signers,
            boolean signedByAll) {
    }

    private final PriorReviewStore priorReviews;
    private final ReviewStore store;
    private final ReviewService reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReviewPdf pdf;
    private final FileUploads uploads;
    private final Validator validator;

    ReviewTransfers(PriorReviewStore priorReviews, ReviewStore store, ReviewService reviews,
            ApplicationEventPublisher events, Clock clock, ReviewPdf pdf, FileUploads uploads, Validator validator) {
        this.validator = validator;
        this.priorReviews = priorReviews;
        this.store = store;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
        this.pdf = pdf;
        this.uploads = uploads;
    }

    /**
     * The PDF of a review's signed record brought in with a prior review: the name the pack gave it and its bytes,
     * which the caller closes.
     */
    public record SignedRecordFile(String fileName, InputStream content) {
    }

    /**
     * Records a review the apprentice had with their previous provider, as it is, never to change; the schedule of
     * the next review then counts from the last review held, here or there. A review without the day it was held is
     * refused with the reason (a field error on {@code heldOn}), as is anything else its details lack
     * ({@link PriorReviewDetails.Given}); the same review of the same pack is recorded once.
     */
    @Transactional
    public UUID recordPriorReview(ApprenticeshipId apprenticeshipId, PriorReviewDetails details, String recordedBy) {
        PriorReview.Recorded recorded = PriorReview.record(apprenticeshipId, PriorReview.checked(validator, details),
                LocalDate.now(clock.withZone(GovUkDates.LONDON)), clock.instant(), recordedBy);
        if (priorReviews.addRecorded(recorded.review())) {
            events.publishEvent(recorded.event());
        }
        reviews.schedule(apprenticeshipId);
        return recorded.review().id();
    }

    /**
     * The same, with the PDF of the record the previous provider's people all signed, kept beside it and downloadable
     * on its page ({@code signed} null when the pack had none). A file that is not a PDF, or larger than
     * {@value #MOST_SIGNED_RECORD_BYTES} bytes, is refused with the reason; the same review brought in again keeps the
     * PDF kept the first time.
     */
    @Transactional
    public UUID recordPriorReview(ApprenticeshipId apprenticeshipId, PriorReviewDetails details, String recordedBy,
            SignedRecordFile signed) {
        UUID id = recordPriorReview(apprenticeshipId, details, recordedBy);
        if (signed != null && priorReviews.find(id).isPresent() && priorReviews.signedRecord(id).isEmpty()) {
            UploadedFile kept;
            try {
                kept = uploads.accept(signed.fileName(), signed.content(), Set.of(FileKind.PDF),
                        MOST_SIGNED_RECORD_BYTES);
            } catch (UploadRejectedException refused) {
                throw new IllegalArgumentException("Progress review" + (details.number() == null ? ""
                        : " " + details.number()) + "'s signed record was refused: " + refused.getMessage());
            }
            priorReviews.keepSignedRecord(id, new PriorReviewStore.SignedRecord(kept.fileId(), kept.name(),
                    kept.size(), kept.sha256()));
        }
        return id;
    }

    /**
     * The PDF of the newest version of a review's record that the apprentice, the employer and the tutor all signed,
     * as its page prints it, for the transfer pack; none when no version is signed by all three.
     */
    public Optional<byte[]> signedRecordPdf(UUID reviewId) {
        return pdf.renderLatestSigned(reviewId);
    }

    /** The reviews held here (sent for signatures at least), oldest first, with who signed the latest record. */
    @Transactional(readOnly = true)
    public List<HeldReview> heldOf(ApprenticeshipId apprenticeshipId) {
        java.util.Set<UUID> signedByAll = new java.util.HashSet<>();
        store.signedVersions(apprenticeshipId).forEach(v -> signedByAll.add(v.reviewId()));
        return store.ofApprenticeship(apprenticeshipId).stream().filter(r -> r.heldOn() != null
                        && r.recordVersion() > 0)
                .sorted(java.util.Comparator.comparingInt(waypoint.review.internal.ReviewRow::number))
                .map(r -> {
                    var latest = store.versions(r.id()).stream().findFirst();
                    List<SignedReviews.Signer> signers = latest.map(v -> store.signatures(r.id(), v.number(),
                                    v.canonicalText()).stream().map(s -> new SignedReviews.Signer(s.party().words(),
                                    s.signature().typedName(), s.signature().signedAt())).toList())
                            .orElse(List.of());
                    return new HeldReview(r.id(), r.number(), r.heldOn(), signers, signedByAll.contains(r.id()));
                }).toList();
    }
}
