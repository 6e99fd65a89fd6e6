package waypoint.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over the notification table; every query for a person is served by one of its two indexes. */
@Repository
class NotificationRepository {

    private static final String COLUMNS = "id, recipient_id, title, body, link, created_at, read_at";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless a notification with the same dedupe key exists; true when inserted. */
    boolean insert(Notification notification, String dedupeKey) {
        return jdbc.sql("""
                INSERT INTO notification (id, recipient_id, title, body, link, dedupe_key, created_at)
                VALUES (:id, :recipient, :title, :body, :link, :key, :created)
                ON CONFLICT (dedupe_key) DO NOTHING""")
                .param("id", notification.id()).param("recipient", notification.recipientId())
                .param("title", notification.title()).param("body", notification.body())
                .param("link", notification.link()).param("key", dedupeKey)
                .param("created", Timestamp.from(notification.createdAt())).update() == 1;
    }

    Optional<Notification> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id").param("id", id)
                .query(Notification.class).optional();
    }

    long countUnread(UUID recipient) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = :recipient AND read_at IS NULL")
                .param("recipient", recipient).query(Long.class).single();
    }

    long count(UUID recipient, boolean unreadOnly) {
        return unreadOnly ? countUnread(recipient)
                : jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = :recipient")
                        .param("recipient", recipient).query(Long.class).single();
    }

    List<Notification> page(UUID recipient, boolean unreadOnly, int limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE recipient_id = :recipient"
                        + (unreadOnly ? " AND read_at IS NULL" : "")
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("recipient", recipient).param("limit", limit).param("offset", offset)
                .query(Notification.class).list();
    }

    void markRead(UUID id, Instant at) {
        jdbc.sql("UPDATE notification SET read_at = :at WHERE id = :id AND read_at IS NULL")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    int markAllRead(UUID recipient, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = :at WHERE recipient_id = :recipient AND read_at IS NULL")
                .param("recipient", recipient).param("at", Timestamp.from(at)).update();
    }
}
