package waypoint.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.PageOf;

/**
 * Reading teaching sessions and their actions, each as the person may see it: one session, a page of sessions, the
 * open actions, and the apprenticeships a form offers (docs/domain/teaching-sessions.md). The changes are
 * {@link SessionService} (scheduling) and {@link SessionRecords} (the record and its actions).
 */
@Service
public class SessionViews {

    private final SessionStore store;
    private final DeliveryPolicy policy;
    private final ApprenticeshipAccess access;
    private final Clock clock;

    SessionViews(SessionStore store, DeliveryPolicy policy, ApprenticeshipAccess access, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.access = access;
        this.clock = clock;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    public record SessionView(SessionRow session, List<Attendee> attendees, List<ActionRow> actions,
            boolean canManage, Instant now, LocalDate today) {

        public boolean allows(SessionTable.Action action) {
            return canManage && SessionTable.allows(session.state(), action);
        }

        public boolean canAddAction() {
            return allows(SessionTable.Action.ADD_ACTION);
        }

        public boolean toRecord() {
            return canManage && session.toRecord(now);
        }
    }

    @Transactional(readOnly = true)
    public SessionView view(CurrentUser user, UUID sessionId) {
        SessionRow session = store.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
        List<Attendee> all = store.attendees(sessionId);
        List<Attendee> visible = policy.requireViewSession(user, all);
        Set<ApprenticeshipId> ids = new LinkedHashSet<>();
        visible.forEach(a -> ids.add(a.apprenticeship().id()));
        List<ActionRow> actions = store.actionsOfSession(sessionId).stream()
                .filter(a -> ids.contains(a.apprenticeshipId())).toList();
        return new SessionView(session, visible, actions, policy.canManageSession(user, all), clock.instant(),
                LocalDate.now(clock));
    }

    /**
     * Refuses anyone who may not change the session, and a change its state does not allow, before what they sent is
     * read: not found for someone who may not see it, forbidden for someone who may only see it, a refusal (409) for
     * a step the session table does not allow now.
     */
    @Transactional(readOnly = true)
    public void requireManage(CurrentUser user, UUID sessionId, SessionTable.Action action) {
        SessionRow session = store.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
        policy.requireManageSession(user, store.attendees(sessionId));
        SessionTable.require(session.state(), action);
    }

    public record Listed(SessionRow session, List<Attendee> attendees) {
    }

    /** Sessions of the apprenticeships the person may see, one page, with their learners (two queries). */
    @Transactional(readOnly = true)
    public PageOf<Listed> list(CurrentUser user, SessionStore.Filter filter, int page) {
        var scope = access.scopeOf(user);
        PageOf<SessionRow> rows = store.page(scope, filter, clock.instant(), page);
        var attendees = store.attendees(rows.items().stream().map(SessionRow::id).toList());
        return new PageOf<>(rows.items().stream().map(s -> new Listed(s, attendees.getOrDefault(s.id(), List.of())
                        .stream().filter(a -> within(scope, a.apprenticeship())).toList()))
                .toList(), rows.number(), rows.size(), rows.total());
    }

    /**
     * Whether a group session's apprentice is shown in a list, by the scope already read (no query per row): an
     * apprentice or employer sees only their own apprentices of a group session, someone outside the provider only
     * those of their grant; staff see all of a session they may see.
     */
    private static boolean within(ApprenticeshipScope scope, ApprenticeshipSummary a) {
        return switch (scope.kind()) {
            case EVERYONE, STAFF -> true;
            case EMPLOYER -> a.employerId().value().equals(scope.id());
            case LEARNER -> a.learnerId().value().equals(scope.id());
            case NAMED -> scope.covers(a.id(), a.standardReference(), a.status());
            case NOBODY -> false;
        };
    }

    public enum ActionFilter {
        MINE("Mine"), OVERDUE("Overdue"), OPEN("All open");

        private final String words;

        ActionFilter(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public static ActionFilter parse(String text) {
            for (ActionFilter f : values()) {
                if (f.name().equalsIgnoreCase(text)) {
                    return f;
                }
            }
            return MINE;
        }
    }

    /** Open actions of the apprenticeships the person may see: theirs to do, overdue, or all. */
    @Transactional(readOnly = true)
    public PageOf<ActionRow> actions(CurrentUser user, ActionFilter filter, int page) {
        String owner = filter != ActionFilter.MINE ? null : user.isStaff() ? "TUTOR"
                : user.has(waypoint.identity.Role.LEARNER) ? "LEARNER" : "EMPLOYER";
        return store.actions(access.scopeOf(user), owner, filter == ActionFilter.OVERDUE, LocalDate.now(clock), page);
    }
}
