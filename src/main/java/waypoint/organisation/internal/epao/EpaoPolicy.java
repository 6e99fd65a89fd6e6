package waypoint.organisation.internal.epao;

import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/** Staff read the EPAOs the provider works with; only administrators keep them. */
@Component
public class EpaoPolicy {

    public boolean canView(CurrentUser user) {
        return user.isStaff();
    }

    public boolean canChange(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR);
    }
}
