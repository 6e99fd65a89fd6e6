package waypoint.review.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.files.FileStore;

/**
 * The signed record of a review held with a previous provider (docs/domain/transfer-pack.md, "Reviews and their
 * signed records"): the PDF their Waypoint printed of the record all three signed, brought in with the pack. Whoever
 * may read the review's page may download it; nobody else learns it exists.
 */
@Service
public class PriorReviewRecords {

    private final PriorReviewStore priorReviews;
    private final ReviewPolicy policy;
    private final FileStore files;

    PriorReviewRecords(PriorReviewStore priorReviews, ReviewPolicy policy, FileStore files) {
        this.priorReviews = priorReviews;
        this.policy = policy;
        this.files = files;
    }

    /** The review's signed record, for someone who may read the review; empty when the pack brought none. */
    @Transactional(readOnly = true)
    public Optional<PriorReviewStore.SignedRecord> signedRecordOf(CurrentUser user, UUID priorReviewId) {
        PriorReview review = priorReviews.find(priorReviewId).orElseThrow(() -> new NotFoundException("Review"));
        policy.requireView(user, review.apprenticeshipId());
        return priorReviews.signedRecord(priorReviewId);
    }

    /** The signed record's bytes, for someone who may read the review; the caller closes the stream. */
    public InputStream open(PriorReviewStore.SignedRecord record) throws IOException {
        return files.open(record.fileId());
    }
}
