package waypoint.audit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.audit.internal.AuditEventStore;
import waypoint.audit.internal.AuditTrailPolicy;
import waypoint.identity.CurrentUser;

/** Reading the audit trail. There is deliberately no way to change or remove an entry. */
@Service
public class AuditTrail {

    public static final int PAGE_SIZE = 25;

    private final AuditEventStore store;

    AuditTrail(AuditEventStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public AuditPage search(CurrentUser reader, AuditSearch search) {
        requireReader(reader);
        return store.search(search, PAGE_SIZE);
    }

    /** Refuses anyone who may not read the trail; pages call it first, so they check nobody else's filters. */
    public void requireReader(CurrentUser reader) {
        if (!AuditTrailPolicy.canRead(reader)) {
            throw new AccessDeniedException("Only an administrator may read the audit trail");
        }
    }
}
