package waypoint.delivery;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.delivery.internal.SessionStore;

/**
 * For a bulk load of teaching sessions by COPY (the reference data set, docs/performance.md): what the delivery module
 * keeps beside the sessions, worked out once from the loaded rows as it is worked out when a session is recorded.
 */
@Component
public class SessionsForBulkLoad {

    private final SessionStore store;

    SessionsForBulkLoad(SessionStore store) {
        this.store = store;
    }

    /** When each apprentice last attended a session, from every recorded session loaded. */
    @Transactional
    public void keepLastAttendance() {
        store.keepEveryLastAttended();
    }
}
