package waypoint.delivery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import waypoint.delivery.CadenceGap;
import waypoint.delivery.DeliveryFacts;
import waypoint.delivery.OverdueAction;
import waypoint.delivery.internal.ActionRow;
import waypoint.delivery.internal.ApprenticeshipSessions;
import waypoint.delivery.internal.Attendee;
import waypoint.delivery.internal.CadenceGaps;
import waypoint.delivery.internal.CalendarFeeds;
import waypoint.delivery.internal.DeliveryPolicy;
import waypoint.delivery.internal.SessionConflictException;
import waypoint.delivery.internal.SessionRefusedException;
import waypoint.delivery.internal.SessionRow;
import waypoint.delivery.internal.SessionRecords;
import waypoint.delivery.internal.SessionService;
import waypoint.delivery.internal.SessionViews;
import waypoint.delivery.internal.SessionStore;
import waypoint.delivery.internal.SessionTable;
import waypoint.delivery.web.SessionForms.ActionForm;
import waypoint.delivery.web.SessionForms.ActionsForm;
import waypoint.delivery.web.SessionForms.CancelForm;
import waypoint.delivery.web.SessionForms.RecordForm;
import waypoint.delivery.web.SessionForms.ScheduleForm;
import waypoint.delivery.web.SessionForms.Scheduling;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.PageOf;

/** Sessions, attendance, actions and cadence over HTTP: the services authorise every call. */
@RestController
@RequestMapping("/api/v1")
class SessionsApi {

    private final SessionService sessions;
    private final SessionViews views;
    private final SessionRecords records;
    private final CadenceGaps gaps;
    private final DeliveryFacts facts;
    private final DeliveryPolicy policy;
    private final CalendarFeeds feeds;
    private final java.time.Clock clock;
    private final waypoint.delivery.internal.DeliverySettings settings;
    private final ApprenticeshipSessions apprenticeshipSessions;
    private final Validator validator;

    SessionsApi(SessionService sessions, SessionViews views, SessionRecords records, CadenceGaps gaps,
            DeliveryFacts facts,
            DeliveryPolicy policy, CalendarFeeds feeds, java.time.Clock clock, waypoint.delivery.internal.DeliverySettings settings,
            ApprenticeshipSessions apprenticeshipSessions, Validator validator) {
        this.validator = validator;
        this.apprenticeshipSessions = apprenticeshipSessions;
        this.settings = settings;
        this.clock = clock;
        this.sessions = sessions;
        this.views = views;
        this.records = records;
        this.gaps = gaps;
        this.facts = facts;
        this.policy = policy;
        this.feeds = feeds;
    }

    record AttendeeEntry(ApprenticeshipId apprenticeshipId, String learnerName, String employerName, String attendance) {

        static AttendeeEntry of(Attendee a) {
            return new AttendeeEntry(a.apprenticeship().id(), a.apprenticeship().learnerName(),
                    a.apprenticeship().employerName(), a.attendance());
        }
    }

    record ActionEntry(UUID id, UUID sessionId, ApprenticeshipId apprenticeshipId, String learnerName, String kind,
            String description, String owner, LocalDate dueDate, String status, boolean overdue, Instant doneAt) {

        static ActionEntry of(ActionRow a, LocalDate today) {
            return new ActionEntry(a.id(), a.sessionId(), a.apprenticeshipId(), a.learnerName(), a.kind(),
                    a.description(), a.owner(), a.dueDate(), a.status(), a.overdueOn(today), a.doneAt());
        }
    }

    record SessionEntry(UUID id, String kind, String state, Instant startsAt, Instant endsAt, int durationMinutes,
            String place, String remoteLink, String topic, List<String> plannedKsbs, String tutorName,
            String delivered, String cancelReason, Instant recordedAt, int lockVersion, List<AttendeeEntry> learners) {

        static SessionEntry of(SessionRow s, List<Attendee> attendees) {
            return new SessionEntry(s.id(), s.kind(), s.state().name(), s.startsAt(), s.endsAt(), s.durationMinutes(),
                    s.place(), s.remoteLink(), s.topic(), s.plannedKsbs(), s.tutorName(), s.delivered(),
                    s.cancelReason(), s.recordedAt(), s.lockVersion(),
                    attendees.stream().map(AttendeeEntry::of).toList());
        }
    }

    record SessionDetail(SessionEntry session, List<ActionEntry> actions, boolean canManage, List<String> allowed) {
    }

    @GetMapping("/sessions")
    Map<String, Object> list(CurrentUser user, @RequestParam(defaultValue = "UPCOMING") String filter,
            @RequestParam(defaultValue = "0") int page) {
        SessionStore.Filter chosen = SessionStore.Filter.parse(filter);
        PageOf<SessionViews.Listed> rows = views.list(user, chosen, page);
        return Map.of("filter", chosen.name(), "page", rows.number(), "size", rows.size(), "total", rows.total(),
                "items", rows.items().stream().map(l -> SessionEntry.of(l.session(), l.attendees())).toList());
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    SessionDetail schedule(CurrentUser user, @RequestBody ScheduleForm draft) {
        if (!user.isStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("Tutors schedule sessions");
        }
        FormChecks.require(validator, draft, Scheduling.class);
        return session(user, sessions.schedule(user, draft.plan()));
    }

    @GetMapping("/sessions/{id}")
    SessionDetail session(CurrentUser user, @PathVariable UUID id) {
        SessionViews.SessionView view = views.view(user, id);
        return new SessionDetail(SessionEntry.of(view.session(), view.attendees()),
                view.actions().stream().map(a -> ActionEntry.of(a, view.today())).toList(), view.canManage(),
                java.util.Arrays.stream(waypoint.delivery.internal.SessionTable.Action.values())
                        .filter(view::allows).map(Enum::name).toList());
    }

    /** Moves the session: date, time, duration, place and link (the topic and KSBs stay). */
    @PutMapping("/sessions/{id}")
    SessionDetail reschedule(CurrentUser user, @PathVariable UUID id, @RequestBody ScheduleForm draft) {
        views.requireManage(user, id, SessionTable.Action.RESCHEDULE);
        FormChecks.require(validator, draft);
        sessions.reschedule(user, id, draft.plan());
        return session(user, id);
    }

    @PostMapping("/sessions/{id}/cancel")
    SessionDetail cancel(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CancelForm request) {
        sessions.cancel(user, id, request.lockVersion(), request.why());
        return session(user, id);
    }

    @PostMapping("/sessions/{id}/record")
    SessionDetail record(CurrentUser user, @PathVariable UUID id, @RequestBody RecordForm draft) {
        views.requireManage(user, id, SessionTable.Action.RECORD);
        FormChecks.require(validator, draft.of(views.view(user, id).attendees()));
        records.record(user, id, draft.attendanceById(), draft.delivered().strip(), draft.agreed(),
                draft.lockVersion());
        return session(user, id);
    }

    @GetMapping("/sessions/{id}/attendance")
    List<AttendeeEntry> attendance(CurrentUser user, @PathVariable UUID id) {
        return views.view(user, id).attendees().stream().map(AttendeeEntry::of).toList();
    }

    @PostMapping("/sessions/{id}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    SessionDetail addAction(CurrentUser user, @PathVariable UUID id, @RequestBody ActionForm draft) {
        ActionsForm one = new ActionsForm(java.util.Collections.singletonList(draft));
        views.requireManage(user, id, SessionTable.Action.ADD_ACTION);
        FormChecks.require(validator, one);
        records.addAction(user, id, one.agreed());
        return session(user, id);
    }

    @PostMapping("/actions/{id}/complete")
    ActionEntry complete(CurrentUser user, @PathVariable UUID id) {
        return ActionEntry.of(records.completeAction(user, id), LocalDate.now(clock));
    }

    @GetMapping("/actions")
    Map<String, Object> actions(CurrentUser user, @RequestParam(defaultValue = "MINE") String filter,
            @RequestParam(defaultValue = "0") int page) {
        SessionViews.ActionFilter chosen = SessionViews.ActionFilter.parse(filter);
        PageOf<ActionRow> rows = views.actions(user, chosen, page);
        LocalDate today = LocalDate.now(clock);
        return Map.of("filter", chosen.name(), "page", rows.number(), "size", rows.size(), "total", rows.total(),
                "items", rows.items().stream().map(a -> ActionEntry.of(a, today)).toList());
    }

    /** A session of the apprenticeship with this apprentice's attendance and the actions agreed for them. */
    record ApprenticeshipSessionEntry(UUID id, String kind, String state, Instant startsAt, Instant endsAt,
            int durationMinutes, String place, String remoteLink, String topic, List<String> plannedKsbs,
            String tutorName, String delivered, String cancelReason, String attendance, List<ActionEntry> actions) {
    }

    record CadenceStatus(LocalDate lastSessionDate, LocalDate countedFrom, Integer daysWithoutSession,
            int allowedDays, String cadence, LocalDate nextSessionDate, boolean inLearning, boolean gap,
            String summary) {
    }

    /** One page (25) of the apprenticeship's sessions, past and upcoming, the latest first; its cadence status. */
    @GetMapping("/apprenticeships/{id}/sessions")
    Map<String, Object> ofApprenticeship(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestParam(defaultValue = "0") int page) {
        if (page < 0) {
            throw new waypoint.shared.web.FieldValidationException("page", "The page must be 0 or more");
        }
        ApprenticeshipSessions.View view = apprenticeshipSessions.of(user, id, page);
        CadenceGaps.Status c = view.cadence();
        return Map.of("apprenticeshipId", id, "page", view.sessions().number(), "size", view.sessions().size(),
                "total", view.sessions().total(), "openActions", view.openActions(),
                "overdueActions", view.overdueActions(),
                "cadence", new CadenceStatus(c.lastSessionDate(), c.countedFrom(), c.daysWithout(), c.allowedDays(),
                        c.cadence(), c.nextSessionDate(), c.inLearning(), c.gap(),
                        c.lastWords() + "; " + c.cadenceWords().substring(0, 1).toLowerCase() + c.cadenceWords().substring(1)),
                "items", view.sessions().items().stream().map(l -> {
                    SessionRow s = l.session();
                    return new ApprenticeshipSessionEntry(s.id(), s.kind(), s.state().name(), s.startsAt(),
                            s.endsAt(), s.durationMinutes(), s.place(), s.remoteLink(), s.topic(), s.plannedKsbs(),
                            s.tutorName(), s.delivered(), s.cancelReason(), l.attendance(),
                            l.actions().stream().map(a -> ActionEntry.of(a, view.today())).toList());
                }).toList());
    }

    record Cadence(ApprenticeshipId apprenticeshipId, LocalDate lastSessionDate, LocalDate nextSessionDate, CadenceGap gap,
            List<OverdueAction> overdueActions) {
    }

    @GetMapping("/apprenticeships/{id}/cadence")
    Cadence cadence(CurrentUser user, @PathVariable ApprenticeshipId id) {
        policy.requireView(user, id);
        return new Cadence(id, facts.lastSessionDate(id).orElse(null), facts.nextSessionDate(id).orElse(null),
                facts.cadenceGap(id).orElse(null), facts.overdueActions(id));
    }

    record GapEntry(ApprenticeshipId apprenticeshipId, String learnerName, String employerName, String tutorName,
            LocalDate lastSessionDate, LocalDate countedFrom, int allowedDays, int daysWithout,
            LocalDate nextSessionDate, String cadence) {
    }

    @GetMapping("/cadence-gaps")
    Map<String, Object> gaps(CurrentUser user, @RequestParam(defaultValue = "0") int page) {
        if (!user.isStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("The cadence gaps are for staff");
        }
        PageOf<CadenceGaps.Line> lines = gaps.page(user, page);
        return Map.of("page", lines.number(), "size", lines.size(), "total", lines.total(),
                "items", lines.items().stream().map(l -> new GapEntry(l.apprenticeship().id(),
                        l.apprenticeship().learnerName(), l.apprenticeship().employerName(),
                        l.apprenticeship().tutorName(), l.gap().lastSessionDate(), l.gap().countedFrom(),
                        l.gap().allowedDays(), l.gap().daysWithout(), l.gap().nextSessionDate(), l.gap().cadence()))
                        .toList());
    }

    @GetMapping("/calendar-feed")
    Map<String, String> calendar(CurrentUser user) {
        return Map.of("address", feeds.addressOf(user));
    }

    @PostMapping("/calendar-feed/reset")
    Map<String, String> resetCalendar(CurrentUser user) {
        feeds.reset(user);
        return calendar(user);
    }

    record SettingsEntry(Object maxDaysBetweenSessions) {
    }

    /** The provider's cadence where a standard gives none: staff read it, administrators change it. */
    @GetMapping("/delivery-settings")
    SettingsEntry settings(CurrentUser user) {
        return new SettingsEntry(settings.maxDaysBetweenSessions(user));
    }

    @PutMapping("/delivery-settings")
    SettingsEntry changeSettings(CurrentUser user, @RequestBody SettingsEntry request) {
        return new SettingsEntry(settings.change(user, request.maxDaysBetweenSessions() == null ? null
                : String.valueOf(request.maxDaysBetweenSessions())));
    }

    @ExceptionHandler({SessionRefusedException.class, SessionConflictException.class})
    ProblemDetail conflict(RuntimeException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle(refused instanceof SessionConflictException ? "The session changed since it was shown"
                : "Not allowed now");
        return problem;
    }
}
