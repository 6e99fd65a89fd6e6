package waypoint.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * A teaching session's record and its actions: attendance, what was delivered or assessed, the actions agreed (then
 * or later) and marking them done; each attendee's time is published as off-the-job training
 * (docs/domain/teaching-sessions.md). Every change of state goes through the session's intention-named methods.
 */
@Service
public class SessionRecords {

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
     * Records attendance, what was delivered or assessed, and the agreed actions; each attendee's time is published
     * as off-the-job training (the entry's reference is the session and apprenticeship, so a repeat adds nothing).
     */
    @Transactional
    public void record(CurrentUser user, UUID sessionId, RecordDraft draft) {
        SessionRow session = store.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
        List<Attendee> attendees = store.attendees(sessionId);
        policy.requireManageSession(user, attendees);
        SessionTable.require(session.state(), SessionTable.Action.RECORD);
        Instant now = clock.instant();
        if (session.startsAt().isAfter(now)) {
            throw new SessionRefusedException("A session is recorded once it has taken place: this one starts on "
                    + GovUkDates.time(session.startsAt()));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<UUID, String> attendance = new LinkedHashMap<>();
        for (Attendee a : attendees) {
            String value = draft.attendance().get(a.apprenticeship().id().toString());
            String upper = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
            if (!SessionService.ATTENDANCE.contains(upper)) {
                errors.put("attendance[" + a.apprenticeship().id() + "]", "Choose whether "
                        + a.apprenticeship().learnerName() + " attended, was late or was absent");
            }
            attendance.put(a.apprenticeship().id(), upper);
        }
        String delivered = draft.delivered() == null ? "" : draft.delivered().strip();
        if (delivered.isEmpty()) {
            errors.put("delivered", "Enter what was delivered or assessed");
        } else if (delivered.length() > SessionService.LONGEST_TEXT) {
            errors.put("delivered", "What was delivered must be " + SessionService.LONGEST_TEXT
                    + " characters or fewer");
        }
        List<CheckedAction> actions = checkActions(draft.actions(), attendees, errors);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        repository.save(session.record(SessionService.lock(draft.lockVersion()), delivered, now, attendance,
                actions.stream().map(CheckedAction::agreed).toList()), now);
    }

    private record CheckedAction(UUID apprenticeshipId, String kind, String description, String owner,
            LocalDate due) {

        SessionRow.NewAction agreed() {
            return new SessionRow.NewAction(UUID.randomUUID(), apprenticeshipId, kind, description, owner, due, false);
        }
    }

    private List<CheckedAction> checkActions(List<RecordDraft.ActionDraft> drafts, List<Attendee> attendees,
            Map<String, String> errors) {
        List<CheckedAction> checked = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            RecordDraft.ActionDraft d = drafts.get(i);
            if (d == null || d.blank()) {
                continue;
            }
            String field = "actions[" + i + "].";
            String description = d.description() == null ? "" : d.description().strip();
            if (description.isEmpty()) {
                errors.put(field + "description", "Enter what was agreed in action " + (i + 1));
            } else if (description.length() > SessionService.LONGEST_TEXT) {
                errors.put(field + "description", "Action " + (i + 1) + " must be " + SessionService.LONGEST_TEXT
                        + " characters or fewer");
            }
            String kind = SessionService.upper(d.kind(), "ACTION");
            if (!SessionService.KINDS.contains(kind)) {
                errors.put(field + "kind", "Choose whether action " + (i + 1) + " is an action or an assessment plan");
            }
            String owner = SessionService.upper(d.owner(), "");
            if (!SessionService.OWNERS.contains(owner)) {
                errors.put(field + "owner", "Choose who owns action " + (i + 1));
            }
            LocalDate due = DateText.parse(d.dueDate()).orElse(null);
            if (due == null) {
                errors.put(field + "dueDate", "Enter the due date of action " + (i + 1) + " as a real date, like "
                        + "27/4/2026");
            }
            List<UUID> whose;
            if (d.apprenticeshipId() == null || d.apprenticeshipId().isBlank()) {
                whose = attendees.stream().map(a -> a.apprenticeship().id()).toList();
            } else {
                whose = attendees.stream().map(a -> a.apprenticeship().id())
                        .filter(id -> id.toString().equals(d.apprenticeshipId().strip())).toList();
                if (whose.isEmpty()) {
                    errors.put(field + "apprenticeshipId", "Choose an apprentice of this session for action " + (i + 1));
                }
            }
            for (UUID id : whose) {
                checked.add(new CheckedAction(id, kind, description, owner, due));
            }
        }
        return checked;
    }

    // ---- actions ---------------------------------------------------------------------------------------------

    /** Agrees another action or assessment plan on a recorded session. */
    @Transactional
    public void addAction(CurrentUser user, UUID sessionId, RecordDraft.ActionDraft draft) {
        SessionRow session = store.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
        List<Attendee> attendees = store.attendees(sessionId);
        policy.requireManageSession(user, attendees);
        SessionTable.require(session.state(), SessionTable.Action.ADD_ACTION);
        Map<String, String> errors = new LinkedHashMap<>();
        List<CheckedAction> actions = checkActions(List.of(draft == null
                ? new RecordDraft.ActionDraft(null, null, null, null, null) : draft), attendees, errors);
        if (draft == null || draft.blank()) {
            errors.put("actions[0].description", "Enter what was agreed in action 1");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        repository.save(session.agree(actions.stream().map(CheckedAction::agreed).toList()), clock.instant());
    }

    /** Marks an action done: its owner, or staff working on the apprenticeship. */
    @Transactional
    public ActionRow completeAction(CurrentUser user, UUID actionId) {
        ActionRow action = store.findAction(actionId).orElseThrow(() -> new NotFoundException("Action"));
        ApprenticeshipSummary apprenticeship = policy.requireView(user, action.apprenticeshipId());
        if (!policy.canManage(user, apprenticeship.id()) && !policy.owns(user, apprenticeship, action.owner())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the action's owner or staff working on the apprenticeship mark it done");
        }
        SessionRow session = store.find(action.sessionId()).orElseThrow(() -> new NotFoundException("Session"));
        repository.save(session.completeAction(action, user.id()), clock.instant());
        return store.findAction(actionId).orElseThrow();
    }
}
