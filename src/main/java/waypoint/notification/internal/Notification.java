package waypoint.notification.internal;

import java.time.Instant;
import java.util.UUID;

/** Something one person was told in Waypoint; unread until they mark it read. */
public record Notification(UUID id, UUID recipientId, String title, String body, String link, Instant createdAt,
        Instant readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
