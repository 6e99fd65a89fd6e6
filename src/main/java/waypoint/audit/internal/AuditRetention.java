package waypoint.audit.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataRetention;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;

/**
 * Audit events older than the provider's period for the audit trail are deleted (docs/domain/retention.md); nothing
 * else may remove an event. A person's own events are never removed early: the trail shows who did what to the
 * record that is kept.
 */
@Component
class AuditRetention implements PersonalDataRetention {

    private final JdbcClient jdbc;

    AuditRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.AUDIT_EVENTS;
    }

    @Override
    public int applyBefore(Instant cutoff, RetentionAction action) {
        jdbc.sql("SELECT set_config('waypoint.audit_retention', 'on', true)").query().listOfRows();
        try {
            return jdbc.sql("DELETE FROM audit_event WHERE occurred_at < :cutoff")
                    .param("cutoff", cutoff.atOffset(ZoneOffset.UTC)).update();
        } finally {
            jdbc.sql("SELECT set_config('waypoint.audit_retention', 'off', true)").query().listOfRows();
        }
    }

    @Override
    public int applyTo(DataSubject subject, RetentionAction action) {
        return 0;
    }
}
