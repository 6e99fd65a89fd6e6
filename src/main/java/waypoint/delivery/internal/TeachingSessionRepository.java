package waypoint.delivery.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place a teaching session's change is saved: it writes the move the session decided (refused when someone
 * changed the session since it was read), keeps the attendance and actions the move carries (and marks done those it
 * completes), then publishes the
 * move's events, the audit trail's and each attendee's off-the-job time (docs/domain/teaching-sessions.md).
 */
@Component
class TeachingSessionRepository {

    private final SessionStore store;
    private final ApplicationEventPublisher events;

    TeachingSessionRepository(SessionStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** A session just scheduled, with its apprentices; then its event. */
    void insert(SessionRow.Scheduled scheduled) {
        insert(scheduled, null);
    }

    /** The same, for a session of a group's plan, found again by its key. */
    void insert(SessionRow.Scheduled scheduled, String planKey) {
        store.insert(scheduled.session(), scheduled.apprenticeshipIds());
        if (planKey != null) {
            store.keyToPlan(scheduled.session().id(), planKey);
        }
        scheduled.events().forEach(events::publishEvent);
    }

    void save(SessionRow.Change change, Instant now) {
        if (change.changesRow() && !store.apply(change, now)) {
            throw new SessionConflictException();
        }
        for (waypoint.enrolment.ApprenticeshipId apprenticeshipId : change.joining()) {
            store.addAttendee(change.sessionId(), apprenticeshipId);
        }
        if (!change.attendance().isEmpty()) {
            store.recordAttendance(change.sessionId(), change.attendance());
        }
        if (!change.attendance().isEmpty() || change.changesRow()) {
            store.keepLastAttended(change.sessionId());
        }
        for (SessionRow.NewAction a : change.actions()) {
            store.insertAction(a.id(), change.sessionId(), a.apprenticeshipId(), a.kind(), a.description(), a.owner(),
                    a.due(), now);
            if (a.done()) {
                store.completeAction(a.id(), null, now);
            }
        }
        for (SessionRow.DoneAction d : change.done()) {
            if (!store.completeAction(d.actionId(), d.by(), now)) {
                throw new SessionRefusedException("This action is already done");
            }
        }
        change.events().forEach(events::publishEvent);
    }
}
