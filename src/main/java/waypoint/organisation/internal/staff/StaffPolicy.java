package waypoint.organisation.internal.staff;

import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/** Staff see who their colleagues are; only administrators add staff or change their details and roles. */
@Component
public class StaffPolicy {

    public boolean canView(CurrentUser user) {
        return user.isStaff();
    }

    public boolean canChange(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR);
    }
}
