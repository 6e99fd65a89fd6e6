package waypoint.safeguarding.internal;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataRetention;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;

/**
 * A learner's closed safeguarding concerns, with what was written on them, are deleted once the provider's period
 * for safeguarding records has passed since their last apprenticeship ended (docs/domain/retention.md). A concern
 * still open is never removed.
 */
@Component
class SafeguardingRetention implements PersonalDataRetention {

    private final JdbcClient jdbc;

    SafeguardingRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.SAFEGUARDING_RECORDS;
    }

    /** Counted from the end of the learner's last apprenticeship: the retention job asks for each learner. */
    @Override
    public int applyBefore(Instant cutoff, RetentionAction action) {
        return 0;
    }

    @Override
    public int applyTo(DataSubject subject, RetentionAction action) {
        String closed = "SELECT id FROM concern WHERE learner_id = :learner AND closed_at IS NOT NULL";
        jdbc.sql("DELETE FROM concern_entry WHERE concern_id IN (" + closed + ")")
                .param("learner", subject.learnerId()).update();
        return jdbc.sql("DELETE FROM concern WHERE id IN (" + closed + ")").param("learner", subject.learnerId())
                .update();
    }
}
