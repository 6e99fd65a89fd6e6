package waypoint.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email_message table. Writes run in transactions of their own, never the listener's: when a send fails, the
 * listener throws so that its event publication stays incomplete and is retried, which rolls back the listener's
 * transaction; the stored message and its FAILED status (with the error) must survive that.
 *
 * <p>A delivery holds the message's row lock from before it looks at the status until the outcome is recorded
 * ({@link #deliverOnce}): with several nodes, two may run the same listener at once (the event publication registry
 * lets a second node take a publication the first is still processing), and the second then waits, sees the email
 * sent, and sends nothing (docs/operations.md, "Scheduled jobs and emails on several nodes").
 */
@Repository
public class EmailMessages {

    static final int ERROR_LIMIT = 2000;
    private static final String COLUMNS =
            "id, dedupe_key, recipient, subject, body, status, attempts, last_error, created_at, sent_at, reply_to";

    private final JdbcClient jdbc;
    private final Clock clock;

    EmailMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the email unless one with the same key exists (a retried event), and returns what is stored. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public EmailMessage storeOnce(String dedupeKey, ComposedEmail email) {
        jdbc.sql("""
                INSERT INTO email_message (id, dedupe_key, recipient, subject, body, reply_to, status, created_at)
                VALUES (:id, :key, :recipient, :subject, :body, :replyTo, 'PENDING', :now)
                ON CONFLICT (dedupe_key) DO NOTHING""")
                .param("id", UUID.randomUUID()).param("key", dedupeKey).param("recipient", email.to())
                .param("subject", email.subject()).param("body", email.body()).param("replyTo", email.replyTo())
                .param("now", Timestamp.from(clock.instant())).update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM email_message WHERE dedupe_key = :key").param("key", dedupeKey)
                .query(EmailMessage.class).single();
    }

    /**
     * Locks the message, and unless it is already sent or captured hands it to {@code delivery}, which records the
     * outcome in this same transaction. A failed send is committed as FAILED before its exception goes on.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = EmailNotDeliveredException.class)
    public void deliverOnce(UUID id, java.util.function.Consumer<EmailMessage> delivery) {
        EmailMessage current = jdbc.sql("SELECT " + COLUMNS + " FROM email_message WHERE id = :id FOR UPDATE")
                .param("id", id).query(EmailMessage.class).single();
        if (!current.status().isSettled()) {
            delivery.accept(current);
        }
    }

    @Transactional
    public void markCaptured(UUID id) {
        jdbc.sql("UPDATE email_message SET status = 'CAPTURED' WHERE id = :id").param("id", id).update();
    }

    @Transactional
    public void markSent(UUID id) {
        jdbc.sql("UPDATE email_message SET status = 'SENT', attempts = attempts + 1, sent_at = :now WHERE id = :id")
                .param("id", id).param("now", Timestamp.from(clock.instant())).update();
    }

    @Transactional
    public void markFailed(UUID id, String error) {
        String shortError = error.length() > ERROR_LIMIT ? error.substring(0, ERROR_LIMIT) : error;
        jdbc.sql("UPDATE email_message SET status = 'FAILED', attempts = attempts + 1, last_error = :error WHERE id = :id")
                .param("id", id).param("error", shortError).update();
    }

    @Transactional(readOnly = true)
    public Optional<EmailMessage> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM email_message WHERE id = :id").param("id", id)
                .query(EmailMessage.class).optional();
    }

    /** Newest first; {@code recipientPrefix} (blank for all) matches the start of the address, ignoring case. */
    @Transactional(readOnly = true)
    public List<EmailMessage> page(String recipientPrefix, int limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM email_message WHERE lower(recipient) LIKE :prefix"
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("prefix", likePrefix(recipientPrefix)).param("limit", limit).param("offset", offset)
                .query(EmailMessage.class).list();
    }

    @Transactional(readOnly = true)
    public long count(String recipientPrefix) {
        return jdbc.sql("SELECT count(*) FROM email_message WHERE lower(recipient) LIKE :prefix")
                .param("prefix", likePrefix(recipientPrefix)).query(Long.class).single();
    }

    /** Typed % and _ are matched as themselves, not as wildcards. */
    private static String likePrefix(String prefix) {
        String typed = prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT);
        return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
