package waypoint.organisation;

import java.util.UUID;

/**
 * What other modules may know of a learner: who they are and who they work with. Tutor and line manager are null
 * when not yet assigned.
 */
public record LearnerSummary(UUID id, UUID accountId, String givenNames, String familyName, String uln, String email,
        UUID employerId, String employerName, UUID tutorId, UUID tutorAccountId, String tutorName,
        UUID lineManagerId, UUID lineManagerAccountId, String lineManagerName) {

    public String fullName() {
        return givenNames + " " + familyName;
    }
}
