package waypoint.organisation;

import java.util.UUID;

/** A learner joined a tutor's caseload (when added with a tutor, or when their tutor changed). */
public record LearnerAssignedToTutor(UUID learnerId, String learnerName, UUID tutorAccountId) {
}
