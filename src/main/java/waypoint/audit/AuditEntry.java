package waypoint.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail. The actor is who was signed in (id, name and email as they were then), or a
 * description such as "System" when nobody was; {@code sensitive} marks a view of a sensitive record; {@code reason}
 * is the reason given for a correction, or null.
 */
public record AuditEntry(long id, Instant occurredAt, UUID actorId, String actorName, String actorEmail,
        String remoteAddress, String recordType, String recordId, String action, String before, String after,
        boolean sensitive, String reason) {

    public AuditCursor cursor() {
        return new AuditCursor(occurredAt, id);
    }
}
