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
    private final ConcernStore store;

    SafeguardingPersonalData(JdbcClient jdbc, ConcernStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public List<PersonalDataSection> describe(DataSubject subject) {
        List<PersonalRecord> concerns = jdbc.sql("""
                SELECT id, kind_enc, status, raised_at, closed_at FROM concern WHERE learner_id = :learner
                ORDER BY raised_at, id""").param("learner", subject.learnerId())
                .query((rs, n) -> PersonalRecord.record(rs.getObject("id"),
                                "Concern raised " + PersonalRecord.text(rs.getObject("raised_at")))
                        .field("Kind", store.kind(rs).name()).field("Status", rs.getString("status"))
                        .field("Closed", rs.getObject("closed_at")).build())
                .list();
        return List.of(new PersonalDataSection("safeguarding", "Safeguarding concerns",
                Release.DATA_PROTECTION_OFFICER_ONLY, concerns));
    }
}
