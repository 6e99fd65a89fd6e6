package waypoint.organisation.internal;

import java.util.UUID;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.EmployerId;

/**
 * The signed-in person together with the records that tie them to learners: their staff record (a tutor's
 * caseload), their employer-contact record and its employer, or their own learner record. Any may be null.
 */
public record Viewer(CurrentUser user, UUID staffId, UUID contactId, EmployerId employerId, UUID learnerId) {

    public boolean has(Role role) {
        return user.has(role);
    }

    public boolean isAdministrator() {
        return user.has(Role.ADMINISTRATOR);
    }

    public boolean isStaff() {
        return user.isStaff();
    }

    /** A tutor with a staff record, so with a caseload (possibly empty). */
    public boolean isTutor() {
        return user.has(Role.TUTOR) && staffId != null;
    }

    public boolean isContactOf(EmployerId employer) {
        return user.has(Role.EMPLOYER_CONTACT) && employerId != null && employerId.equals(employer);
    }
}
