package waypoint.otj.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;

/** Every off-the-job training entry of a learner, with its evidence, for their subject access pack (docs/domain/data-protection.md). */
@Component
class OffTheJobPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    OffTheJobPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> describe(DataSubject subject) {
        List<PersonalRecord> entries = jdbc.sql("""
                SELECT id, activity_date, minutes, activity_type, description, ksbs, evidence_file_id, evidence_name,
                       evidence_link, state, rejection_reason, reviewer_note, reviewed_at, employer_confirmed_at
                FROM otj_entry WHERE learner_id = :learner ORDER BY activity_date, created_at""")
                .param("learner", subject.learnerId()).query().listOfRows().stream()
                .map(r -> PersonalRecord.record(r.get("id"), "Off-the-job training on " + r.get("activity_date"))
                        .field("Date", r.get("activity_date")).field("Minutes", r.get("minutes"))
                        .field("Activity", r.get("activity_type")).field("What you did", r.get("description"))
                        .field("Knowledge, skills and behaviours", r.get("ksbs"))
                        .field("Evidence link", r.get("evidence_link")).field("State", r.get("state"))
                        .field("Reason returned", r.get("rejection_reason"))
                        .field("Reviewer's note", r.get("reviewer_note")).field("Reviewed", r.get("reviewed_at"))
                        .field("Confirmed by the employer", r.get("employer_confirmed_at"))
                        .file((String) r.get("evidence_file_id"), (String) r.get("evidence_name"), null).build())
                .toList();
        return List.of(PersonalDataSection.of("off-the-job-entries", "Off-the-job training entries", entries));
    }
}
