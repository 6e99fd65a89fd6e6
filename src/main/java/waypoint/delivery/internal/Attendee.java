package waypoint.delivery.internal;

import java.util.UUID;

import waypoint.enrolment.ApprenticeshipSummary;

/** An apprenticeship a session is for, with its attendance once recorded (ATTENDED, LATE, ABSENT or null). */
public record Attendee(UUID sessionId, ApprenticeshipSummary apprenticeship, String attendance) {

    public boolean present() {
        return "ATTENDED".equals(attendance) || "LATE".equals(attendance);
    }

    public String attendanceWords() {
        return attendance == null ? "Not recorded" : switch (attendance) {
            case "ATTENDED" -> "Attended";
            case "LATE" -> "Late";
            default -> "Absent";
        };
    }
}
