package waypoint.review.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import waypoint.shared.audit.RecordChanged;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataRetention;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;

/**
 * The reviews a learner had with a previous provider follow the apprenticeship records' retention period
 * (docs/domain/retention.md): anonymised, the record's words and the signers' names go while the provider, the dates
 * and the parties who signed stay; or deleted. Counted from the end of the learner's last apprenticeship, so the
 * retention job finds the learners and asks for each.
 */
@Component
class ReviewRetention implements PersonalDataRetention {

    private final PriorReviewStore priorReviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewRetention(PriorReviewStore priorReviews, ApplicationEventPublisher events, Clock clock) {
        this.priorReviews = priorReviews;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.APPRENTICESHIP_RECORDS;
    }

    @Override
    public int applyBefore(Instant cutoff, RetentionAction action) {
        return 0;
    }

    @Override
    public int applyTo(DataSubject subject, RetentionAction action) {
        if (action == RetentionAction.DELETE) {
            return priorReviews.deleteOf(subject.apprenticeshipIds());
        }
        int done = 0;
        Instant now = clock.instant();
        for (PriorReview review : priorReviews.ofApprenticeships(subject.apprenticeshipIds())) {
            if (review.isAnonymised()) {
                continue;
            }
            priorReviews.anonymise(review.anonymised(now));
            events.publishEvent(RecordChanged.updated(PriorReview.RECORD, review.id(), "Progress review record",
                    "Anonymised: the retention period of the apprenticeship records has passed, or the person asked"));
            done++;
        }
        return done;
    }
}
