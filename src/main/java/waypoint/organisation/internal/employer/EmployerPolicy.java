package waypoint.organisation.internal.employer;


import org.springframework.stereotype.Component;

import waypoint.organisation.internal.Viewer;
import waypoint.organisation.EmployerId;

/**
 * Staff read every employer and its contacts; an employer contact reads only their own employer; only
 * administrators add, change or remove employers and contacts; the data officer also records the employer reference
 * number the ILR return needs.
 */
@Component
public class EmployerPolicy {

    public boolean canList(Viewer viewer) {
        return viewer.isStaff();
    }

    public boolean canView(Viewer viewer, EmployerId employerId) {
        return viewer.isStaff() || viewer.isContactOf(employerId);
    }

    public boolean canChange(Viewer viewer) {
        return viewer.isAdministrator();
    }

    /** The employer reference number, an ILR fact: administrators and the data officer (docs/domain/ilr.md). */
    public boolean canChangeReferenceNumber(Viewer viewer) {
        return canChange(viewer) || viewer.has(waypoint.identity.Role.DATA_OFFICER);
    }
}
