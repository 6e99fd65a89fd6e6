package waypoint.safeguarding.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.PersonalDataSection.Release;
import waypoint.shared.personaldata.PersonalDataSource;
import waypoint.shared.personaldata.PersonalRecord;

/**
 * The safeguarding concerns about a learner, listed for the data protection officer and never released with a
 * subject access pack (docs/domain/data-protection.md, "Safeguarding records"): which concerns there are, not what
 * they say; the designated safeguarding lead is asked before anything of them is disclosed.
 */
@Component
class SafeguardingPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    SafeguardingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> describe(DataSubject subject) {
        List<PersonalRecord> concerns = jdbc.sql("""
                SELECT id, kind, status, raised_at, closed_at FROM concern WHERE learner_id = :learner
                ORDER BY raised_at, id""").param("learner", subject.learnerId()).query().listOfRows().stream()
                .map(r -> PersonalRecord.record(r.get("id"), "Concern raised " + PersonalRecord.text(r.get("raised_at")))
                        .field("Kind", r.get("kind")).field("Status", r.get("status"))
                        .field("Closed", r.get("closed_at")).build())
                .toList();
        return List.of(new PersonalDataSection("safeguarding", "Safeguarding concerns",
                Release.DATA_PROTECTION_OFFICER_ONLY, concerns));
    }
}
