package waypoint.review.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;

/**
 * A learner's progress reviews, with the text of the latest record, and those held with a previous provider as that
 * provider wrote them, for their subject access pack (docs/domain/data-protection.md).
 */
@Component
class ReviewPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final PriorReviewStore priorReviews;

    ReviewPersonalData(JdbcClient jdbc, PriorReviewStore priorReviews) {
        this.jdbc = jdbc;
        this.priorReviews = priorReviews;
    }

    @Override
    public List<PersonalDataSection> describe(DataSubject subject) {
        if (subject.apprenticeshipIds().isEmpty()) {
            return List.of();
        }
        List<PersonalRecord> reviews = jdbc.sql("""
                SELECT r.id, r.number, r.state, r.due_date, r.held_on, r.meeting_place, r.reflection, r.signed_at,
                       (SELECT v.canonical_text FROM progress_review_version v WHERE v.review_id = r.id
                        ORDER BY v.number DESC LIMIT 1) AS record_text
                FROM progress_review r WHERE r.apprenticeship_id IN (:ids) ORDER BY r.apprenticeship_id, r.number""")
                .param("ids", subject.apprenticeshipIds()).query().listOfRows().stream()
                .map(r -> PersonalRecord.record(r.get("id"), "Progress review " + r.get("number"))
                        .field("State", r.get("state")).field("Due", r.get("due_date"))
                        .field("Held on", r.get("held_on")).field("Where", r.get("meeting_place"))
                        .field("Your reflection", r.get("reflection")).field("Signed", r.get("signed_at"))
                        .field("Record", r.get("record_text")).build())
                .toList();
        List<PersonalRecord> prior = priorReviews.ofApprenticeships(subject.apprenticeshipIds().stream()
                .map(ApprenticeshipId::new).toList()).stream()
                .map(PriorReviewPersonalRecord::of).toList();
        if (prior.isEmpty()) {
            return List.of(PersonalDataSection.of("progress-reviews", "Progress reviews", reviews));
        }
        return List.of(PersonalDataSection.of("progress-reviews", "Progress reviews", reviews),
                PersonalDataSection.of("prior-progress-reviews", "Progress reviews with a previous provider", prior));
    }

    /** A review with a previous provider as the pack writes it: the signers other than the apprentice are others. */
    static final class PriorReviewPersonalRecord {

        private PriorReviewPersonalRecord() {
        }

        static PersonalRecord of(PriorReview r) {
            PersonalRecord.Builder record = PersonalRecord.record(r.id(), r.heading())
                    .field("Held on", r.heldOn()).field("Due", r.dueDate())
                    .field("Signed by", String.join("; ", r.signers().stream().map(s -> s.party() + ": " + s.name()
                            + (s.signedAt() == null ? "" : ", " + PersonalRecord.text(s.signedAt()))).toList()));
            r.content().forEach(f -> record.field(f.label(), f.value()));
            r.signers().stream().filter(s -> !"Apprentice".equalsIgnoreCase(s.party()) && !r.isAnonymised())
                    .forEach(s -> record.otherPerson(s.name()));
            return record.build();
        }
    }
}
