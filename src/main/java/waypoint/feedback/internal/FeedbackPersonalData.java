package waypoint.feedback.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;

/**
 * A learner's feedback and complaints (those they raised and those about their apprenticeship) and their answers to
 * surveys that were not anonymous, for their subject access pack (docs/domain/data-protection.md). A complaint raised
 * by someone else, or naming a member of staff, names other people the data protection officer reviews.
 */
@Component
class FeedbackPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    FeedbackPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> describe(DataSubject subject) {
        List<PersonalRecord> feedback = jdbc.sql("""
                SELECT id, reference, kind, status, complainant_account_id, complainant_name, about_name, summary,
                       details, category, received_at, response, responded_at, authority_file_id, authority_file_name,
                       representative_name
                FROM feedback WHERE learner_id = :learner OR complainant_account_id = :account
                ORDER BY received_at, id""")
                .param("learner", subject.learnerId()).param("account", subject.accountId()).query().listOfRows()
                .stream().map(r -> {
                    PersonalRecord.Builder b = PersonalRecord.record(r.get("id"), r.get("kind") + " " + r.get("reference"))
                            .field("Received", r.get("received_at")).field("Status", r.get("status"))
                            .field("From", r.get("complainant_name")).field("About", r.get("about_name"))
                            .field("Summary", r.get("summary")).field("Details", r.get("details"))
                            .field("Category", r.get("category")).field("Response", r.get("response"))
                            .field("Responded", r.get("responded_at"))
                            .field("Representative", r.get("representative_name"))
                            .file((String) r.get("authority_file_id"), (String) r.get("authority_file_name"), null)
                            .otherPerson((String) r.get("about_name"))
                            .otherPerson((String) r.get("representative_name"));
                    if (!subject.accountId().equals(r.get("complainant_account_id"))) {
                        b.otherPerson((String) r.get("complainant_name"));
                    }
                    return b.build();
                }).toList();
        Map<Object, PersonalRecord.Builder> responses = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.id, t.name, r.submitted_at, q.position, q.text AS question, a.rating, a.yes, a.text
                FROM survey_response r
                JOIN survey_invitation i ON i.id = r.invitation_id
                JOIN survey_template t ON t.id = r.template_id
                LEFT JOIN survey_answer a ON a.response_id = r.id
                LEFT JOIN survey_question q ON q.id = a.question_id
                WHERE t.anonymous = FALSE AND (i.learner_id = :learner OR i.recipient_account_id = :account)
                ORDER BY r.submitted_at, r.id, q.position""")
                .param("learner", subject.learnerId()).param("account", subject.accountId()).query().listOfRows()
                .forEach(r -> {
                    PersonalRecord.Builder b = responses.computeIfAbsent(r.get("id"), id -> PersonalRecord
                            .record(id, "Survey: " + r.get("name")).field("Answered", r.get("submitted_at")));
                    if (r.get("question") != null) {
                        Object answer = r.get("rating") != null ? r.get("rating")
                                : r.get("yes") != null ? ((Boolean) r.get("yes") ? "Yes" : "No") : r.get("text");
                        b.field(String.valueOf(r.get("question")), answer);
                    }
                });
        return List.of(PersonalDataSection.of("feedback", "Feedback and complaints", feedback),
                PersonalDataSection.of("surveys", "Your survey answers", responses.values().stream()
                        .map(PersonalRecord.Builder::build).toList()));
    }
}
