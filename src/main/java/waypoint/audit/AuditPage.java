package waypoint.audit;

import java.util.List;
import java.util.Optional;

/** A page of the audit trail, newest first, and where the next (older) page starts when there is one. */
public record AuditPage(List<AuditEntry> entries, Optional<AuditCursor> older) {
}
