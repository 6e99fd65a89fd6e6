package waypoint.enrolment.internal.apprenticeship;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;

/** A learner's apprenticeships and how their status changed, for their subject access pack (docs/domain/data-protection.md). */
@Component
class ApprenticeshipPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    ApprenticeshipPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> describe(DataSubject subject) {
        if (subject.apprenticeshipIds().isEmpty()) {
            return List.of();
        }
        List<PersonalRecord> apprenticeships = jdbc.sql("""
                SELECT id, standard_reference, standard_version, start_date, planned_end_date, epa_period_months,
                       weekly_hours, delivery_model, study_days, funding_type, status, created_at
                FROM apprenticeship WHERE learner_id = :learner ORDER BY start_date""")
                .param("learner", subject.learnerId()).query().listOfRows().stream()
                .map(r -> PersonalRecord.record(r.get("id"), "Apprenticeship starting " + r.get("start_date"))
                        .field("Standard", r.get("standard_reference") + " version " + r.get("standard_version"))
                        .field("Start date", r.get("start_date"))
                        .field("Planned end date", r.get("planned_end_date"))
                        .field("End-point assessment period (months)", r.get("epa_period_months"))
                        .field("Weekly working hours", r.get("weekly_hours"))
                        .field("How training is delivered", r.get("delivery_model"))
                        .field("Study days", r.get("study_days")).field("Funding", r.get("funding_type"))
                        .field("Status", r.get("status")).field("Recorded", r.get("created_at")).build())
                .toList();
        return List.of(PersonalDataSection.of("apprenticeships", "Your apprenticeships", apprenticeships));
    }
}
