package waypoint.catalogue.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/**
 * Who may do what with the catalogue. Any member of staff reads it (they plan and deliver against it); learners
 * and employer contacts see what applies to their own apprenticeship through other modules, not the catalogue.
 * Only administrators import standards or change a standard's assessment plan.
 */
@Component
public class CataloguePolicy {

    public boolean canView(CurrentUser user) {
        return user.isStaff();
    }

    public boolean canChange(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR);
    }

    public void requireView(CurrentUser user) {
        if (!canView(user)) {
            throw new AccessDeniedException("The standards catalogue is for staff");
        }
    }

    public void requireChange(CurrentUser user) {
        if (!canChange(user)) {
            throw new AccessDeniedException("Only administrators change the standards catalogue");
        }
    }
}
