package waypoint.notification.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataRetention;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;

/**
 * Emails and in-app notices older than the provider's period for messages are deleted (docs/domain/retention.md). An
 * email still on its way out is kept until it is delivered.
 */
@Component
class MessageRetention implements PersonalDataRetention {

    private final JdbcClient jdbc;

    MessageRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.MESSAGES;
    }

    @Override
    public int applyBefore(Instant cutoff, RetentionAction action) {
        var before = cutoff.atOffset(ZoneOffset.UTC);
        int emails = jdbc.sql("DELETE FROM email_message WHERE created_at < :cutoff AND status IN ('SENT', 'CAPTURED')")
                .param("cutoff", before).update();
        int notices = jdbc.sql("DELETE FROM notification WHERE created_at < :cutoff").param("cutoff", before)
                .update();
        return emails + notices;
    }

    /** On an erasure request: the in-app notices to the person's own account. */
    @Override
    public int applyTo(DataSubject subject, RetentionAction action) {
        return jdbc.sql("DELETE FROM notification WHERE recipient_id = :account")
                .param("account", subject.accountId()).update();
    }
}
