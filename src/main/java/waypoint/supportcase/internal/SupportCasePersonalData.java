package waypoint.supportcase.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;

/** A learner's support cases for their subject access pack (docs/domain/data-protection.md). */
@Component
class SupportCasePersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    SupportCasePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> describe(DataSubject subject) {
        if (subject.apprenticeshipIds().isEmpty()) {
            return List.of();
        }
        List<PersonalRecord> cases = jdbc.sql("""
                SELECT id, stage, kind, reason, period, told_in_person_on, stage_plan_until, appeal_by, appeal_text,
                       appeal_decision, appeal_decided_on, employer_actions, opened_at, closed_at
                FROM support_case WHERE apprenticeship_id IN (:ids) ORDER BY opened_at, id""")
                .param("ids", subject.apprenticeshipIds()).query().listOfRows().stream()
                .map(r -> PersonalRecord.record(r.get("id"), "Support case opened " + PersonalRecord.text(r.get("opened_at")))
                        .field("Stage", r.get("stage")).field("Kind", r.get("kind"))
                        .field("Reason", r.get("reason")).field("Period", r.get("period"))
                        .field("Told in person on", r.get("told_in_person_on"))
                        .field("Plan until", r.get("stage_plan_until")).field("Appeal", r.get("appeal_text"))
                        .field("Appeal decision", r.get("appeal_decision"))
                        .field("Appeal decided on", r.get("appeal_decided_on"))
                        .field("Employer's actions", r.get("employer_actions"))
                        .field("Opened", r.get("opened_at")).field("Closed", r.get("closed_at")).build())
                .toList();
        return List.of(PersonalDataSection.of("support-cases", "Support cases", cases));
    }
}
