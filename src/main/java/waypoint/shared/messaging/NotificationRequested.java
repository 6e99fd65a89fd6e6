package waypoint.shared.messaging;

import java.util.Objects;
import java.util.UUID;

/**
 * A module asks for someone to be told in Waypoint (the bell and the notifications page). The notification module
 * listens and delivers it once per {@code key}.
 *
 * @param link a path in Waypoint such as {@code /apprenticeships/…}, or null
 */
public record NotificationRequested(String key, UUID recipientAccountId, String title, String body, String link) {

    public NotificationRequested {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(recipientAccountId, "recipientAccountId");
        Objects.requireNonNull(title, "title");
    }
}
