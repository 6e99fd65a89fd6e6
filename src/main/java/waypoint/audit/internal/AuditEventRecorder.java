package waypoint.audit.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import waypoint.audit.AuditEntry;
import waypoint.audit.AuditSearch;
import waypoint.identity.CurrentUser;
import waypoint.identity.CurrentUsers;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.audit.SensitiveRecordViewed;

/**
 * Writes each reported change and sensitive view to the audit trail. A plain synchronous listener, on purpose: it
 * runs in the publisher's thread and transaction, so the entry commits or rolls back with the change itself, and the
 * request's signed-in person and remote address are still at hand. The remote address is the request's, which
 * Spring's forwarded-header handling ({@code server.forward-headers-strategy: framework}) has already taken from
 * X-Forwarded-For when Waypoint runs behind a proxy.
 */
@Component
class AuditEventRecorder {

    /** Who is recorded when nobody is signed in: no request means the application itself (start-up, a job). */
    static final String SYSTEM = "System";
    static final String NOT_SIGNED_IN = "Not signed in";

    private final AuditEventStore store;
    private final Clock clock;

    AuditEventRecorder(AuditEventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(RecordChanged change) {
        record(change.recordType(), change.recordId(), change.action().name(), change.before(), change.after(), false,
                change.reason());
    }

    /**
     * A view happened whatever becomes of the transaction around it, and views are usually read inside read-only
     * transactions: the entry is written in a transaction of its own.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SensitiveRecordViewed view) {
        record(view.recordType(), view.recordId(), AuditSearch.VIEWED, null, view.what(), true, null);
    }

    private void record(String recordType, String recordId, String action, String before, String after, boolean sensitive,
            String reason) {
        String remoteAddress = remoteAddress();
        CurrentUser user = CurrentUsers.current().orElse(null);
        UUID actorId = user == null ? null : user.id();
        String actorName = user != null ? user.displayName() : remoteAddress == null ? SYSTEM : NOT_SIGNED_IN;
        String actorEmail = user == null ? null : user.email();
        // Cut to the columns' sizes: an over-long summary must never make the change itself fail.
        store.append(new AuditEntry(0, clock.instant(), actorId, cut(actorName, 200), cut(actorEmail, 254),
                cut(remoteAddress, 100), cut(recordType, 100), cut(recordId, 100), action, cut(before, 4000),
                cut(after, 4000), sensitive, cut(reason, 2000)));
    }

    private static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest().getRemoteAddr() : null;
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
