package waypoint.audit.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;

/**
 * Who viewed a learner's sensitive records and when, for their subject access pack (docs/domain/data-protection.md):
 * the views the audit trail wrote down against their learner record or their apprenticeships.
 */
@Component
class AuditPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> describe(DataSubject subject) {
        List<String> ids = new ArrayList<>();
        ids.add(subject.learnerId().toString());
        subject.apprenticeshipIds().forEach(id -> ids.add(id.toString()));
        List<PersonalRecord> views = jdbc.sql("""
                SELECT id, occurred_at, actor_name, record_type, after_summary FROM audit_event
                WHERE sensitive = TRUE AND record_id IN (:ids) ORDER BY occurred_at, id""")
                .param("ids", ids).query().listOfRows().stream()
                .map(r -> PersonalRecord.record(r.get("id"), "Viewed " + PersonalRecord.text(r.get("occurred_at")))
                        .field("When", r.get("occurred_at")).field("Who", r.get("actor_name"))
                        .field("Record", r.get("record_type")).field("What", r.get("after_summary")).build())
                .toList();
        return List.of(PersonalDataSection.of("sensitive-record-views", "Who viewed your sensitive records", views));
    }
}
