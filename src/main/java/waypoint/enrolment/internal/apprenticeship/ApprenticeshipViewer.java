package waypoint.enrolment.internal.apprenticeship;

import java.util.UUID;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/**
 * The signed-in person with the records that tie them to apprenticeships: their staff record, the employer they
 * are a contact of, their own learner record. Any may be null.
 */
public record ApprenticeshipViewer(CurrentUser user, UUID staffId, UUID employerId, UUID learnerId) {

    public boolean has(Role role) {
        return user.has(role);
    }
}
