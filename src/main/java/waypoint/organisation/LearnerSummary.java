package waypoint.organisation;

import java.util.UUID;

/**
 * What other modules may know of a learner: who they are and who they work with, as their current apprenticeship
 * records it. Employer, tutor and line manager are null while the learner has no apprenticeship (and the line manager
 * while the apprenticeship names none).
 */
public record LearnerSummary(LearnerId id, UUID accountId, String givenNames, String familyName, String uln,
        String email,
        EmployerId employerId, String employerName, StaffMemberId tutorId, UUID tutorAccountId, String tutorName,
        UUID lineManagerId, UUID lineManagerAccountId, String lineManagerName) {

    public String fullName() {
        return givenNames + " " + familyName;
    }
}
