package waypoint.delivery;

import java.time.LocalDate;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;

/** An agreed action or assessment plan from a session, still open after its due date. */
public record OverdueAction(UUID id, ApprenticeshipId apprenticeshipId, UUID sessionId, String kind, String description,
        String owner, LocalDate dueDate) {
}
