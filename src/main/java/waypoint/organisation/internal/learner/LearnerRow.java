package waypoint.organisation.internal.learner;

import java.util.UUID;

/** A row of a learners list. */
public record LearnerRow(UUID id, String givenNames, String familyName, String uln, String email, UUID employerId,
        String employerName, UUID tutorId, String tutorName) {

    public String fullName() {
        return givenNames + " " + familyName;
    }
}
