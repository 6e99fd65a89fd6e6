package waypoint.delivery;

import java.time.LocalDate;
import java.util.UUID;

/** An agreed action or assessment plan from a session, still open after its due date. */
public record OverdueAction(UUID id, UUID apprenticeshipId, UUID sessionId, String kind, String description,
        String owner, LocalDate dueDate) {
}
