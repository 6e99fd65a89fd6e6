package waypoint.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * A teaching session's record and its actions: attendance, what was delivered or assessed, the actions agreed (then
 * or later) and marking them done; each attendee's time is published as off-the-job training
 * (docs/domain/teaching-sessions.md). Every change of state goes through the session's intention-named methods.
 */
@Service
public class SessionRecords {

    /** The longest text an action may say. */
    public static final int LONGEST_TEXT = 4000;
    /** The kinds of what is agreed at a session: an action or an assessment plan. */
    public static final Set<String> KINDS = Set.of("ACTION", "ASSESSMENT_PLAN");
    /** Who owns an action: the apprentice, their employer or the tutor. */
    public static final Set<String> OWNERS = Set.of("LEARNER", "EMPLOYER", "TUTOR");
    static final Set<String> ATTENDANCE = Set.of("ATTENDED", "LATE", "ABSENT");

    private final SessionStore store;
    private final DeliveryPolicy policy;
    private final ApprenticeshipAccess access;
    private final TeachingSessionRepository repository;
    private final Clock clock;

    SessionRecords(SessionStore store, DeliveryPolicy policy, ApprenticeshipAccess access,
            TeachingSessionRepository repository, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.access = access;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * An action or assessment plan agreed, as its form's checks read it.
     *
     * @param number           the action's number on the form (from 1), which its problems name
     * @param apprenticeshipId whose action it is; null on a group session means one for each attendee
     * @param kind             one of {@link #KINDS}
     * @param owner            one of {@link #OWNERS}
     */
    public record Agreed(int number, ApprenticeshipId apprenticeshipId, String kind, String description, String owner,
            LocalDate due) {
    }

    /** What to say when an action names an apprentice who is not at the session. */
    public static String chooseAttendee(int action) {
        return "Choose an apprentice of this session for action " + action;
    }

    /**
     * Records attendance, what was delivered or assessed, and the agreed actions; each attendee's time is published
     * as off-the-job training (the entry's reference is the session and apprenticeship, so a repeat adds nothing).
     * The form checked what was typed; here every apprentice of the session needs their attendance, and each action
     * may name only one of them.
     *
     * @param attendance ATTENDED, LATE or ABSENT by apprenticeship id
     */
    @Transactional
    public void record(CurrentUser user, UUID sessionId, Map<ApprenticeshipId, String> attendance, String delivered,
            List<Agreed> actions, Integer lockVersion) {
        SessionRow session = store.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
        List<Attendee> attendees = store.attendees(sessionId);
        policy.requireManageSession(user, attendees);
        SessionTable.require(session.state(), SessionTable.Action.RECORD);
        Instant now = clock.instant();
        if (session.startsAt().isAfter(now)) {
            throw new SessionRefusedException("A session is recorded once it has taken place: this one starts on "
                    + GovUkDates.time(session.startsAt()));
        }
        Map<String, String> unrecorded = unrecorded(attendees, attendance);
        if (!unrecorded.isEmpty()) {
            throw new FieldValidationException(unrecorded);
        }
        Map<ApprenticeshipId, String> recorded = new LinkedHashMap<>();
        attendees.forEach(a -> recorded.put(a.apprenticeship().id(),
                attendance.get(a.apprenticeship().id())));
        repository.save(session.record(SessionService.lock(lockVersion), delivered, now, recorded,
                forEach(actions, attendees)), now);
    }

    /**
     * Each apprentice of the session whose attendance is not given as ATTENDED, LATE or ABSENT, against their field
     * ("attendance[id]"), in the session's order: what the record's form says with its other problems, and what
     * recording refuses.
     */
    public static Map<String, String> unrecorded(List<Attendee> attendees,
            Map<ApprenticeshipId, String> attendance) {
        return attendees.stream()
                .filter(a -> !ATTENDANCE.contains(attendance.getOrDefault(a.apprenticeship().id(), "")))
                .collect(Collectors.toMap(a -> "attendance[" + a.apprenticeship().id() + "]",
                        a -> "Choose whether " + a.apprenticeship().learnerName() + " attended, was late or was absent",
                        (first, second) -> first, LinkedHashMap::new));
    }

    /** Each action agreed for whom it names, or for everyone at the session when it names no one. */
    private static List<SessionRow.NewAction> forEach(List<Agreed> actions, List<Attendee> attendees) {
        List<ApprenticeshipId> present = attendees.stream().map(a -> a.apprenticeship().id()).toList();
        List<SessionRow.NewAction> agreed = new ArrayList<>();
        for (Agreed action : actions) {
            if (action.apprenticeshipId() != null && !present.contains(action.apprenticeshipId())) {
                throw new FieldValidationException("actions[" + (action.number() - 1) + "].apprenticeshipId",
                        chooseAttendee(action.number()));
            }
            for (ApprenticeshipId id : action.apprenticeshipId() == null ? present
                    : List.of(action.apprenticeshipId())) {
                agreed.add(new SessionRow.NewAction(UUID.randomUUID(), id, action.kind(), action.description(),
                        action.owner(), action.due(), false));
            }
        }
        return agreed;
    }

    // ---- actions ---------------------------------------------------------------------------------------------

    /** Agrees another action or assessment plan on a recorded session. */
    @Transactional
    public void addAction(CurrentUser user, UUID sessionId, Agreed action) {
        SessionRow session = store.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
        List<Attendee> attendees = store.attendees(sessionId);
        policy.requireManageSession(user, attendees);
        SessionTable.require(session.state(), SessionTable.Action.ADD_ACTION);
        repository.save(session.agree(forEach(List.of(action), attendees)), clock.instant());
    }

    /** Marks an action done: its owner, or staff working on the apprenticeship. */
    @Transactional
    public ActionRow completeAction(CurrentUser user, UUID actionId) {
        ActionRow action = store.findAction(actionId).orElseThrow(() -> new NotFoundException("Action"));
        ApprenticeshipSummary apprenticeship = policy.requireView(user, action.apprenticeshipId());
        if (!policy.canManage(user, apprenticeship.id()) && !policy.owns(user, apprenticeship,
                action.owner())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the action's owner or staff working on the apprenticeship mark it done");
        }
        SessionRow session = store.find(action.sessionId()).orElseThrow(() -> new NotFoundException("Session"));
        repository.save(session.completeAction(action, user.id()), clock.instant());
        return store.findAction(actionId).orElseThrow();
    }
}
