package waypoint.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.review.internal.PriorReview;
import waypoint.review.internal.PriorReviewStore;
import waypoint.review.internal.ReviewService;
import waypoint.review.internal.ReviewStore;
import waypoint.shared.time.GovUkDates;

/**
 * Progress reviews moving with an apprentice between training providers (docs/domain/progress-reviews.md, "Reviews
 * with a previous provider"; docs/domain/transfer-pack.md): the reviews held here, for the transfer pack another
 * provider reads, and the reviews held with the previous provider, recorded here from the pack brought in. Not
 * authorised here: the transfer pack's own rules (who makes or brings in a pack) are asked by its caller.
 */
@Service
public class ReviewTransfers {

    /** A review held here as a transfer pack gives it: the day held and who signed its latest record. */
    public record HeldReview(UUID reviewId, int number, LocalDate heldOn, List<SignedReviews.Signer> signers) {
    }

    private final PriorReviewStore priorReviews;
    private final ReviewStore store;
    private final ReviewService reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewTransfers(PriorReviewStore priorReviews, ReviewStore store, ReviewService reviews,
            ApplicationEventPublisher events, Clock clock) {
        this.priorReviews = priorReviews;
        this.store = store;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a review the apprentice had with their previous provider, as it is, never to change; the schedule of
     * the next review then counts from the last review held, here or there. A review without the day it was held is
     * refused with the reason (a field error on {@code heldOn}); the same review of the same pack is recorded once.
     */
    @Transactional
    public UUID recordPriorReview(UUID apprenticeshipId, PriorReviewDetails details, String recordedBy) {
        PriorReview.Recorded recorded = PriorReview.record(apprenticeshipId, details,
                LocalDate.now(clock.withZone(GovUkDates.LONDON)), clock.instant(), recordedBy);
        if (priorReviews.addRecorded(recorded.review())) {
            events.publishEvent(recorded.event());
        }
        reviews.schedule(apprenticeshipId);
        return recorded.review().id();
    }

    /** The reviews held here (sent for signatures at least), oldest first, with who signed the latest record. */
    @Transactional(readOnly = true)
    public List<HeldReview> heldOf(UUID apprenticeshipId) {
        return store.ofApprenticeship(apprenticeshipId).stream().filter(r -> r.heldOn() != null
                        && r.recordVersion() > 0)
                .sorted(java.util.Comparator.comparingInt(waypoint.review.internal.ReviewRow::number))
                .map(r -> {
                    var latest = store.versions(r.id()).stream().findFirst();
                    List<SignedReviews.Signer> signers = latest.map(v -> store.signatures(r.id(), v.number(),
                                    v.canonicalText()).stream().map(s -> new SignedReviews.Signer(s.party().words(),
                                    s.signature().typedName(), s.signature().signedAt())).toList())
                            .orElse(List.of());
                    return new HeldReview(r.id(), r.number(), r.heldOn(), signers);
                }).toList();
    }
}
