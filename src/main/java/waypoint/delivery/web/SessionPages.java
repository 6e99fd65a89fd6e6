package waypoint.delivery.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.delivery.internal.ApprenticeChoices;
import waypoint.delivery.internal.CadenceGaps;
import waypoint.delivery.internal.CalendarFeeds;
import waypoint.delivery.internal.SessionConflictException;
import waypoint.delivery.internal.SessionRefusedException;
import waypoint.delivery.internal.SessionRecords;
import waypoint.delivery.internal.SessionService;
import waypoint.delivery.internal.SessionViews;
import waypoint.delivery.internal.SessionStore;
import waypoint.delivery.internal.SessionTable;
import waypoint.identity.CurrentUser;
import waypoint.shared.time.GovUkDates;
import waypoint.delivery.web.SessionForms.ActionForm;
import waypoint.delivery.web.SessionForms.ActionsForm;
import waypoint.delivery.web.SessionForms.CancelForm;
import waypoint.delivery.web.SessionForms.RecordForm;
import waypoint.delivery.web.SessionForms.ScheduleForm;
import waypoint.delivery.web.SessionForms.Scheduling;
import waypoint.shared.web.Choice;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/**
 * The session pages: the sessions list (upcoming, to record, recorded, cancelled), the
 * schedule form, a session with the forms its state allows (record, move, cancel, agree another action), the agreed
 * actions, the cadence gaps and the person's calendar feed address. Every form keeps what was typed on an error.
 */
@Controller
class SessionPages {

    /** Whether an apprentice came to a session: the answers of its record's radios. */
    private static final List<Choice> ATTENDANCE = List.of(new Choice("ATTENDED", "Attended"),
            new Choice("LATE", "Late"), new Choice("ABSENT", "Absent"));

    static final int ACTION_ROWS = 3;

    private final SessionService sessions;
    private final SessionViews views;
    private final SessionRecords records;
    private final CadenceGaps gaps;
    private final CalendarFeeds feeds;
    private final java.time.Clock clock;
    private final waypoint.delivery.internal.DeliverySettings settings;
    private final Validator validator;
    private final ApprenticeChoices choices;

    SessionPages(SessionService sessions, SessionViews views, SessionRecords records, CadenceGaps gaps,
            CalendarFeeds feeds,
            java.time.Clock clock, waypoint.delivery.internal.DeliverySettings settings, Validator validator,
            ApprenticeChoices choices) {
        this.choices = choices;
        this.validator = validator;
        this.settings = settings;
        this.clock = clock;
        this.sessions = sessions;
        this.views = views;
        this.records = records;
        this.gaps = gaps;
        this.feeds = feeds;
    }

    @GetMapping("/sessions")
    String list(CurrentUser user, @RequestParam(defaultValue = "UPCOMING") String filter,
            @RequestParam(defaultValue = "0") int page, Model model) {
        SessionStore.Filter chosen = SessionStore.Filter.parse(filter);
        model.addAttribute("filter", chosen);
        model.addAttribute("filters", SessionStore.Filter.values());
        model.addAttribute("page", views.list(user, chosen, page));
        model.addAttribute("staff", user.isStaff());
        return "delivery/sessions";
    }

    @GetMapping("/sessions/new")
    String scheduleForm(CurrentUser user, @RequestParam(required = false) List<String> apprenticeshipId,
            Model model) {
        requireStaff(user);
        return scheduleForm(user, ScheduleForm.blank(apprenticeshipId), "", Map.of(), model);
    }

    /**
     * The form with the apprentices to choose from: all of them when the person has few, else a search ({@code
     * search}, what they typed) with its matches below those already chosen. With none shown, an error about the
     * apprentices belongs to the search box.
     */
    private String scheduleForm(CurrentUser user, ScheduleForm draft, String search, Map<String, String> errors,
            Model model) {
        ApprenticeChoices.Offered offered = choices.offered(user, search, draft.apprenticeshipIds());
        Map<String, String> shown = errors;
        if (offered.searching() && offered.options().isEmpty() && errors.containsKey("apprenticeshipIds")) {
            shown = new LinkedHashMap<>(errors);
            shown.put("apprenticeSearch", shown.remove("apprenticeshipIds"));
        }
        model.addAttribute("draft", draft);
        model.addAttribute("errors", shown);
        model.addAttribute("offered", offered);
        model.addAttribute("nothingMatched", offered.nothingMatched(draft.apprenticeshipIds()));
        return "delivery/schedule";
    }

    /**
     * Schedules the session; or, when the person asked to search for apprentices ({@code find}), shows the form again
     * with the matches and everything typed, saving nothing. An apprentice the person may not choose is refused.
     */
    @PostMapping("/sessions")
    String schedule(CurrentUser user, @RequestParam MultiValueMap<String, String> form, Model model) {
        requireStaff(user);
        ScheduleForm draft = draft(form);
        String search = form.getFirst("apprenticeSearch");
        if (form.containsKey("find")) {
            return scheduleForm(user, draft, search, Map.of(), model);
        }
        try {
            FormChecks.require(validator, draft, Scheduling.class);
            if (!draft.apprenticeshipIds().stream().allMatch(id -> choices.mayChoose(user, id))) {
                throw new FieldValidationException("apprenticeshipIds", SessionForms.CHOOSE_APPRENTICES);
            }
            UUID id = sessions.schedule(user, draft.plan());
            return "redirect:/sessions/" + id + "?scheduled";
        } catch (FieldValidationException invalid) {
            return scheduleForm(user, draft, search, invalid.errors(), model);
        }
    }

    @GetMapping("/sessions/{id}")
    String session(CurrentUser user, @PathVariable UUID id, Model model) {
        return session(user, id, null, Map.of(), model);
    }

    private String session(CurrentUser user, UUID id, RecordForm typed, Map<String, String> errors, Model model) {
        SessionViews.SessionView view = views.view(user, id);
        model.addAttribute("view", view);
        model.addAttribute("errors", errors);
        RecordForm record = typed != null ? typed : RecordForm.blank(view.session().lockVersion());
        List<ActionForm> rows = new ArrayList<>(record.actions());
        while (rows.size() < ACTION_ROWS) {
            rows.add(new ActionForm("", "ACTION", "", "LEARNER", ""));
        }
        model.addAttribute("record", record);
        model.addAttribute("actionRows", rows);
        model.addAttribute("attendance", ATTENDANCE);
        return "delivery/session";
    }

    @PostMapping("/sessions/{id}/record")
    String record(CurrentUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            Model model) {
        Map<String, String> attendance = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("attendance[") && name.endsWith("]")) {
                attendance.put(name.substring(11, name.length() - 1), values.get(0));
            }
        });
        List<ActionForm> actions = new ArrayList<>();
        for (int i = 0; i < ACTION_ROWS; i++) {
            actions.add(action(form, i));
        }
        RecordForm draft = new RecordForm(attendance, form.getFirst("delivered"), actions,
                integer(form.getFirst("lockVersion")));
        try {
            views.requireManage(user, id, SessionTable.Action.RECORD);
            FormChecks.require(validator, draft.of(views.view(user, id).attendees()));
            records.record(user, id, draft.attendanceById(), draft.delivered().strip(), draft.agreed(),
                    draft.lockVersion());
            return "redirect:/sessions/" + id + "?recorded";
        } catch (FieldValidationException invalid) {
            return session(user, id, draft, invalid.errors(), model);
        } catch (SessionRefusedException | SessionConflictException refused) {
            return session(user, id, draft, Map.of("form", refused.getMessage()), model);
        }
    }

    @GetMapping("/sessions/{id}/move")
    String moveForm(CurrentUser user, @PathVariable UUID id, Model model) {
        SessionViews.SessionView view = views.view(user, id);
        var s = view.session();
        // the date and time as the form's boxes take them: "2026-05-01" and "09:30", in London
        var at = s.startsAt().atZone(GovUkDates.LONDON);
        return moveForm(view, new ScheduleForm(List.of(), at.toLocalDate().toString(),
                at.toLocalTime().withSecond(0).withNano(0).toString(),
                String.valueOf(s.durationMinutes()), s.place(), s.remoteLink(), s.topic(), "", s.lockVersion()),
                Map.of(), model);
    }

    private String moveForm(SessionViews.SessionView view, ScheduleForm draft, Map<String, String> errors,
            Model model) {
        model.addAttribute("view", view);
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        return "delivery/move";
    }

    @PostMapping("/sessions/{id}/move")
    String move(CurrentUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            Model model) {
        ScheduleForm draft = draft(form);
        try {
            views.requireManage(user, id, SessionTable.Action.RESCHEDULE);
            FormChecks.require(validator, draft);
            sessions.reschedule(user, id, draft.plan());
            return "redirect:/sessions/" + id + "?moved";
        } catch (FieldValidationException invalid) {
            return moveForm(views.view(user, id), draft, invalid.errors(), model);
        } catch (SessionRefusedException | SessionConflictException refused) {
            return moveForm(views.view(user, id), draft, Map.of("form", refused.getMessage()), model);
        }
    }

    @PostMapping("/sessions/{id}/cancel")
    String cancel(CurrentUser user, @PathVariable UUID id, @Valid CancelForm form, BindingResult result,
            Model model) {
        if (result.hasErrors()) {
            if (!views.view(user, id).canManage()) {
                throw new org.springframework.security.access.AccessDeniedException("Only staff cancel a session");
            }
            model.addAttribute("reason", form.reason());
            return session(user, id, null, FormErrors.messages(result), model);
        }
        try {
            sessions.cancel(user, id, form.lockVersion(), form.why());
            return "redirect:/sessions/" + id + "?cancelled";
        } catch (SessionRefusedException | SessionConflictException refused) {
            return session(user, id, null, Map.of("form", refused.getMessage()), model);
        }
    }

    @PostMapping("/sessions/{id}/actions")
    String addAction(CurrentUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            Model model) {
        ActionsForm action = new ActionsForm(List.of(action(form, 0)));
        try {
            views.requireManage(user, id, SessionTable.Action.ADD_ACTION);
            FormChecks.require(validator, action);
            records.addAction(user, id, action.agreed());
            return "redirect:/sessions/" + id + "?action-added";
        } catch (FieldValidationException invalid) {
            return session(user, id, new RecordForm(Map.of(), "", action.actions(), null), invalid.errors(), model);
        } catch (SessionRefusedException refused) {
            return session(user, id, null, Map.of("form", refused.getMessage()), model);
        }
    }

    @PostMapping("/actions/{id}/complete")
    String complete(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            var action = records.completeAction(user, id);
            redirect.addFlashAttribute("saved", "Marked as done: " + action.description());
        } catch (SessionRefusedException refused) {
            redirect.addFlashAttribute("saved", refused.getMessage());
        }
        return "redirect:" + (back != null && back.matches("/sessions(/[a-z0-9-]+)?") ? back : "/sessions/actions");
    }

    @GetMapping("/sessions/actions")
    String actions(CurrentUser user, @RequestParam(defaultValue = "MINE") String filter,
            @RequestParam(defaultValue = "0") int page, Model model) {
        SessionViews.ActionFilter chosen = SessionViews.ActionFilter.parse(filter);
        model.addAttribute("filter", chosen);
        model.addAttribute("filters", SessionViews.ActionFilter.values());
        model.addAttribute("page", views.actions(user, chosen, page));
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "delivery/actions";
    }

    @GetMapping("/sessions/cadence-gaps")
    String cadenceGaps(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        requireStaff(user);
        model.addAttribute("page", gaps.page(user, page));
        model.addAttribute("administrator", user.has(waypoint.identity.Role.ADMINISTRATOR));
        return "delivery/cadence-gaps";
    }

    @GetMapping("/sessions/calendar")
    String calendar(CurrentUser user, Model model) {
        model.addAttribute("address", feeds.addressOf(user));
        return "delivery/calendar";
    }

    @PostMapping("/sessions/calendar/reset")
    String resetCalendar(CurrentUser user, RedirectAttributes redirect) {
        feeds.reset(user);
        redirect.addFlashAttribute("saved", "Your calendar address is new: the old one no longer works");
        return "redirect:/sessions/calendar";
    }

    @GetMapping("/sessions/settings")
    String settingsForm(CurrentUser user, Model model) {
        requireAdministrator(user);
        model.addAttribute("days", String.valueOf(settings.maxDaysBetweenSessions(user)));
        model.addAttribute("errors", Map.of());
        return "delivery/settings";
    }

    @PostMapping("/sessions/settings")
    String changeSettings(CurrentUser user, @RequestParam(required = false) String maxDaysBetweenSessions,
            Model model, RedirectAttributes redirect) {
        requireAdministrator(user);
        try {
            settings.change(user, maxDaysBetweenSessions);
            redirect.addFlashAttribute("saved", "Delivery settings saved");
            return "redirect:/sessions/settings";
        } catch (FieldValidationException invalid) {
            model.addAttribute("days", maxDaysBetweenSessions);
            model.addAttribute("errors", invalid.errors());
            return "delivery/settings";
        }
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.has(waypoint.identity.Role.ADMINISTRATOR)) {
            throw new org.springframework.security.access.AccessDeniedException("Administrators change the settings");
        }
    }

    /** The action row numbered {@code row} (from 0) of a form: actions[0].description and so on. */
    private static ActionForm action(MultiValueMap<String, String> form, int row) {
        String p = "actions[" + row + "].";
        return new ActionForm(form.getFirst(p + "apprenticeshipId"), form.getFirst(p + "kind"),
                form.getFirst(p + "description"), form.getFirst(p + "owner"), form.getFirst(p + "dueDate"));
    }

    private static ScheduleForm draft(MultiValueMap<String, String> form) {
        List<String> ids = form.get("apprenticeshipIds");
        return new ScheduleForm(ids == null ? List.of() : ids, form.getFirst("date"), form.getFirst("time"),
                form.getFirst("durationMinutes"), form.getFirst("place"), form.getFirst("remoteLink"),
                form.getFirst("topic"), form.getFirst("ksbs"), integer(form.getFirst("lockVersion")));
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("Tutors schedule sessions");
        }
    }
}
