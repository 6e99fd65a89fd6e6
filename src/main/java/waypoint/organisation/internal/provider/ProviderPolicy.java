package waypoint.organisation.internal.provider;

import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/** Everyone signed in may read the provider's details; only administrators change them or the job titles. */
@Component
public class ProviderPolicy {

    public boolean canView(CurrentUser user) {
        return user != null;
    }

    public boolean canChange(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR);
    }
}
