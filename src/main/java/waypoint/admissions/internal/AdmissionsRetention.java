package waypoint.admissions.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataRetention;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;

/**
 * Enquiries and applications that never became an apprenticeship are deleted, with their notes, once they have not
 * changed for the provider's period (docs/domain/retention.md). One that was accepted is part of the apprenticeship's
 * record and stays with it.
 */
@Component
class AdmissionsRetention implements PersonalDataRetention {

    private final JdbcClient jdbc;

    AdmissionsRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.UNCONVERTED_ADMISSIONS;
    }

    @Override
    public int applyBefore(Instant cutoff, RetentionAction action) {
        return delete("state_since < :cutoff", "cutoff", cutoff.atOffset(ZoneOffset.UTC));
    }

    /** On an erasure request: the person's enquiries and applications that did not go on. */
    @Override
    public int applyTo(DataSubject subject, RetentionAction action) {
        return delete("learner_id = :learner", "learner", subject.learnerId());
    }

    private int delete(String where, String name, Object value) {
        String unconverted = "state <> 'ACCEPTED' AND apprenticeship_id IS NULL AND " + where;
        jdbc.sql("DELETE FROM admissions_note WHERE admission_id IN (SELECT id FROM admissions_admission WHERE "
                + unconverted + ")").param(name, value).update();
        return jdbc.sql("DELETE FROM admissions_admission WHERE " + unconverted).param(name, value).update();
    }
}
