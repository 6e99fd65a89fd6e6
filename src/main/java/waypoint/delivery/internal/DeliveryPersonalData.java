package waypoint.delivery.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;

/**
 * A learner's teaching sessions and message threads for their subject access pack (docs/domain/data-protection.md).
 * Messages others wrote carry the writer's name, which the data protection officer reviews before release.
 */
@Component
class DeliveryPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    DeliveryPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> describe(DataSubject subject) {
        if (subject.apprenticeshipIds().isEmpty()) {
            return List.of();
        }
        List<PersonalRecord> sessions = jdbc.sql("""
                SELECT s.id, s.kind, s.state, s.starts_at, s.duration_minutes, s.place, s.topic, s.tutor_name,
                       s.delivered, s.cancel_reason, l.attendance
                FROM delivery_session s JOIN delivery_session_learner l ON l.session_id = s.id
                WHERE l.apprenticeship_id IN (:ids) ORDER BY s.starts_at, s.id""")
                .param("ids", subject.apprenticeshipIds()).query().listOfRows().stream()
                .map(r -> PersonalRecord.record(r.get("id"), "Session: " + r.get("topic"))
                        .field("When", r.get("starts_at")).field("Minutes", r.get("duration_minutes"))
                        .field("Kind", r.get("kind")).field("State", r.get("state")).field("Where", r.get("place"))
                        .field("Tutor", r.get("tutor_name")).field("What was delivered", r.get("delivered"))
                        .field("Why cancelled", r.get("cancel_reason")).field("Attendance", r.get("attendance"))
                        .build())
                .toList();
        Map<Object, PersonalRecord.Builder> threads = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT t.id AS thread_id, t.subject, m.id, m.author_account_id, m.author_name, m.body, m.created_at,
                       m.attachment_file_id, m.attachment_name, m.attachment_type
                FROM message_thread t JOIN message m ON m.thread_id = t.id
                WHERE t.apprenticeship_id IN (:ids) ORDER BY t.created_at, t.id, m.created_at, m.id""")
                .param("ids", subject.apprenticeshipIds()).query().listOfRows().forEach(r -> {
                    PersonalRecord.Builder thread = threads.computeIfAbsent(r.get("thread_id"),
                            id -> PersonalRecord.record(id, "Messages: " + r.get("subject")));
                    thread.field(PersonalRecord.text(r.get("created_at")) + " " + r.get("author_name") + " (" + r.get("id") + ")",
                            r.get("body"));
                    thread.file((String) r.get("attachment_file_id"), (String) r.get("attachment_name"),
                            (String) r.get("attachment_type"));
                    if (!Objects.equals(r.get("author_account_id"), subject.accountId())) {
                        thread.otherPerson((String) r.get("author_name"));
                    }
                });
        return List.of(PersonalDataSection.of("sessions", "Teaching sessions", sessions),
                PersonalDataSection.of("messages", "Messages", threads.values().stream()
                        .map(PersonalRecord.Builder::build).toList()));
    }
}
