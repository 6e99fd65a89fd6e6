package waypoint.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Keys that name one event, so a retried listener recognises work it already did. A one-time link is different
 * for every invitation or reset, so account and a hash of the link name the event without storing its secret.
 */
final class EventKeys {

    private EventKeys() {
    }

    static String of(String kind, UUID accountId, String link) {
        return kind + ":" + accountId + ":" + sha256(link).substring(0, 32);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
