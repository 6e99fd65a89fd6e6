package waypoint.delivery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.PageOf;

/**
 * One apprenticeship's sessions as its people read them: every session, past and upcoming, with this apprentice's
 * attendance and the actions agreed for them (owner, due date, done or not), and where the apprenticeship stands
 * against its cadence. Whoever may see the apprenticeship reads it; a group session shows only this apprentice's
 * attendance and actions, so an employer or apprentice never sees another apprentice's. Sessions keep no notes for
 * staff only: what was delivered is written for the apprentice and their employer as well.
 */
@Service
public class ApprenticeshipSessions {

    /** A session with this apprentice's attendance and actions. */
    public record Line(SessionRow session, String attendance, List<ActionRow> actions) {

        public String attendanceWords() {
            return new Attendee(session.id(), null, attendance).attendanceWords();
        }

        public boolean recorded() {
            return session.state() == waypoint.delivery.SessionState.RECORDED;
        }
    }

    public record View(ApprenticeshipSummary apprenticeship, PageOf<Line> sessions, CadenceGaps.Status cadence,
            long openActions, long overdueActions, boolean canManage, LocalDate today) {
    }

    private final SessionStore store;
    private final DeliveryPolicy policy;
    private final CadenceGaps gaps;
    private final Clock clock;

    ApprenticeshipSessions(SessionStore store, DeliveryPolicy policy, CadenceGaps gaps, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.gaps = gaps;
        this.clock = clock;
    }

    /** One page of sessions (25), with their actions in one more query: never a query per session. */
    @Transactional(readOnly = true)
    public View of(CurrentUser user, ApprenticeshipId apprenticeshipId, int page) {
        ApprenticeshipSummary a = policy.requireView(user, apprenticeshipId);
        LocalDate today = LocalDate.now(clock);
        PageOf<SessionStore.OfApprenticeship> rows = store.pageOfApprenticeship(a.id(), page);
        Map<UUID, List<ActionRow>> actions = new HashMap<>();
        store.actionsOf(a.id(), rows.items().stream().map(r -> r.session().id()).toList())
                .forEach(x -> actions.computeIfAbsent(x.sessionId(), k -> new java.util.ArrayList<>()).add(x));
        List<Line> lines = rows.items().stream().map(r -> new Line(r.session(), r.attendance(),
                actions.getOrDefault(r.session().id(), List.of()))).toList();
        long[] counts = store.openAndOverdue(a.id(), today);
        return new View(a, new PageOf<>(lines, rows.number(), rows.size(), rows.total()), gaps.statusOf(a), counts[0],
                counts[1], policy.canManage(user, a.id()), today);
    }
}
