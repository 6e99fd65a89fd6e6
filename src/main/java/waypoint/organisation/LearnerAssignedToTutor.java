package waypoint.organisation;

import java.util.UUID;

/**
 * A learner joined a tutor's caseload: published by the enrolment module when an apprenticeship is recorded with that
 * tutor, since the apprenticeship is the one record of a learner's tutor (docs/domain/enrolment.md).
 */
public record LearnerAssignedToTutor(LearnerId learnerId, String learnerName, UUID tutorAccountId) {
}
