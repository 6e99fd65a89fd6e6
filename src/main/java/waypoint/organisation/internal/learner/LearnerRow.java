package waypoint.organisation.internal.learner;

import java.util.UUID;
import waypoint.organisation.EmployerId;

/** A row of a learners list. */
public record LearnerRow(UUID id, String givenNames, String familyName, String uln, String email, EmployerId employerId,
        String employerName, UUID tutorId, String tutorName) {

    /** The row with who the learner works with, as read for the page (nobody when {@code named} is null). */
    LearnerRow with(CurrentApprenticeships.Named named) {
        return named == null ? this : new LearnerRow(id, givenNames, familyName, uln, email, named.employerId(),
                named.employerName(), named.tutorId(), named.tutorName());
    }

    public String fullName() {
        return givenNames + " " + familyName;
    }
}
