package waypoint.identity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person, as every module sees them. Serializable: it is part of the signed-in session, which is kept in
 * the database.
 */
public record CurrentUser(UUID id, String email, String displayName, Set<Role> roles) implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }
}
