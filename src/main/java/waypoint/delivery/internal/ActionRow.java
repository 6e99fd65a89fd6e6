package waypoint.delivery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;

/** An agreed action or assessment plan of a session, with its owner and due date, open until done. */
public record ActionRow(UUID id, UUID sessionId, ApprenticeshipId apprenticeshipId, String learnerName, String kind,
        String description, String owner, LocalDate dueDate, String status, Instant doneAt, String topic) {

    public boolean done() {
        return "DONE".equals(status);
    }

    public boolean overdueOn(LocalDate today) {
        return !done() && dueDate.isBefore(today);
    }

    public String kindWords() {
        return "ASSESSMENT_PLAN".equals(kind) ? "Assessment plan" : "Action";
    }

    public String ownerWords() {
        return switch (owner) {
            case "LEARNER" -> "Apprentice";
            case "EMPLOYER" -> "Employer";
            default -> "Tutor";
        };
    }
}
