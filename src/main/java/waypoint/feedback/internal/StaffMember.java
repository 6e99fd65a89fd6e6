package waypoint.feedback.internal;

import java.util.Set;
import java.util.UUID;

import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/** A member of staff as a case sees them: who they are and the jobs they hold, to check who may handle a stage. */
public record StaffMember(UUID id, Set<Role> roles) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public static StaffMember of(CurrentUser user) {
        return new StaffMember(user.id(), user.roles());
    }

    public static StaffMember of(AccountSummary account) {
        return new StaffMember(account.id(), account.roles());
    }

    public boolean holdsAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
