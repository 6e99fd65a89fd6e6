package waypoint.review.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place a progress review's change is saved: it writes the move the review decided (refused when someone
 * changed the review since it was read), keeps the signature the move carries, then publishes the move's events
 * (docs/domain/progress-reviews.md).
 */
@Component
class ReviewRepository {

    private final ReviewStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReviewRepository(ReviewStore store, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    /** Writes what the review decided, unless someone changed it meanwhile, and says so in the audit trail. */
    void save(ReviewRow.Change change) {
        if (change.changesRow() && !store.apply(change, clock.instant())) {
            throw new ReviewConflictException("Someone else changed this review while you were working on it."
                    + " What you typed is kept below: check it against their changes and save again.", List.of());
        }
        ReviewRow.NewSignature signature = change.signature();
        if (signature != null) {
            store.keepSignature(change.reviewId(), signature.version(), signature.party(), signature.signature());
        }
        change.events().forEach(events::publishEvent);
    }
}
