package waypoint.notification.internal;

import java.time.Instant;
import java.util.UUID;

/** One email as stored: the outbox entry while it is on its way, and the record afterwards. */
public record EmailMessage(UUID id, String dedupeKey, String recipient, String subject, String body,
        EmailStatus status, int attempts, String lastError, Instant createdAt, Instant sentAt, String replyTo) {
}
