package waypoint.identity.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/**
 * Who may see and manage other people's accounts: administrators only (foundation issue: "an administrator can
 * unlock"). Everyone may see and change their own account through the account page instead.
 */
@Component
public class AccountPolicy {

    public boolean canAdminister(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    /** An administrator disabling themselves would leave nobody able to undo it. */
    public boolean canDisable(CurrentUser user, java.util.UUID accountId) {
        return canAdminister(user) && !user.id().equals(accountId);
    }

    void requireAdministrator(CurrentUser user) {
        if (!canAdminister(user)) {
            throw new AccessDeniedException("Only an administrator may manage accounts");
        }
    }
}
