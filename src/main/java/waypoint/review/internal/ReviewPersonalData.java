package waypoint.review.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;

/** A learner's progress reviews, with the text of the latest record, for their subject access pack (docs/domain/data-protection.md). */
@Component
class ReviewPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    ReviewPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return List.of(PersonalDataSection.of("progress-reviews", "Progress reviews", reviews));
    }
}
