package waypoint.audit.internal;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/** Who may read the audit trail: administrators. Nobody may change it (there is no operation to allow). */
public final class AuditTrailPolicy {

    private AuditTrailPolicy() {
    }

    public static boolean canRead(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }
}
