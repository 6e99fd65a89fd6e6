package waypoint.review.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.files.FileStore;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataRetention;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;

/**
 * The reviews a learner had with a previous provider follow the apprenticeship records' retention period
 * (docs/domain/retention.md): anonymised, the record's words and the signers' names go while the provider, the dates
 * and the parties who signed stay, and the signed record's PDF goes with them; or deleted, its PDF too. Counted from
 * the end of the learner's last apprenticeship, so the retention job finds the learners and asks for each.
 */
@Component
class ReviewRetention implements PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(ReviewRetention.class);

    private final PriorReviewStore priorReviews;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewRetention(PriorReviewStore priorReviews, FileStore files, ApplicationEventPublisher events, Clock clock) {
        this.priorReviews = priorReviews;
        this.files = files;
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
        List<ApprenticeshipId> apprenticeshipIds = subject.apprenticeshipIds().stream().map(ApprenticeshipId::new)
                .toList();
        if (action == RetentionAction.DELETE) {
            List<String> signedRecords = priorReviews.signedRecordFilesOf(apprenticeshipIds);
            int deleted = priorReviews.deleteOf(apprenticeshipIds);
            signedRecords.forEach(this::deleteFile);
            return deleted;
        }
        int done = 0;
        Instant now = clock.instant();
        for (PriorReview review : priorReviews.ofApprenticeships(apprenticeshipIds)) {
            if (review.isAnonymised()) {
                continue;
            }
            Optional<PriorReviewStore.SignedRecord> signed = priorReviews.signedRecord(review.id());
            priorReviews.anonymise(review.anonymised(now));
            signed.ifPresent(record -> deleteFile(record.fileId()));
            events.publishEvent(RecordChanged.updated(PriorReview.RECORD, review.id(), "Progress review record",
                    "Anonymised: the retention period of the apprenticeship records has passed, or the person asked"));
            done++;
        }
        return done;
    }

    /** A signed record's file, gone with its review's words; one the store cannot delete is logged, not fatal. */
    private void deleteFile(String fileId) {
        try {
            files.delete(fileId);
        } catch (IOException | RuntimeException kept) {
            log.warn("Retention: the signed record file {} of a prior review could not be deleted: {}", fileId,
                    kept.getMessage());
        }
    }
}
