package waypoint.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** What other modules may know of an account. */
public record AccountSummary(UUID id, String email, String displayName, Set<Role> roles, AccountStatus status,
        Instant lockedUntil) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
