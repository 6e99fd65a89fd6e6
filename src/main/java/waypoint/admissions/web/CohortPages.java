package waypoint.admissions.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.admissions.internal.AdmissionRefused;
import waypoint.admissions.internal.AdmissionsPolicy;
import waypoint.admissions.internal.AdmissionsStore;
import waypoint.admissions.internal.Cohort;
import waypoint.admissions.internal.Cohorts;
import waypoint.admissions.internal.StaffDirectory;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.Choice;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;

/**
 * Cohorts for staff: the list, one cohort's page with its applicants and apprentices' onboarding, and planning a
 * new cohort with its group sessions, and when and where those are held: they are then scheduled in delivery for
 * every apprentice of the cohort, and for each newcomer as they are accepted (delivery schedules sessions for
 * recorded apprenticeships only).
 */
@Controller
class CohortPages {

    private final Cohorts cohorts;
    private final AdmissionsPolicy policy;
    private final AdmissionsStore store;
    private final StaffDirectory staff;
    private final int listedAtMost;

    /** The most tutors a search shows: a person who sees more narrows their search. */
    static final int MATCHES = 20;

    CohortPages(Cohorts cohorts, AdmissionsPolicy policy, AdmissionsStore store, StaffDirectory staff,
            @Value("${waypoint.forms.listed-at-most:100}") int listedAtMost) {
        this.listedAtMost = listedAtMost;
        this.cohorts = cohorts;
        this.policy = policy;
        this.store = store;
        this.staff = staff;
    }

    /** The cohort form: one planned session a line, "date: topic". */
    record CohortForm(UUID courseId, String name, String startDate, String capacity, UUID tutorStaffId,
            String deliveryPattern, String sessions) {

        static CohortForm empty() {
            return new CohortForm(null, null, null, null, null, null, null);
        }
    }

    @GetMapping("/admissions/cohorts")
    String list(CurrentUser user, Model model) {
        model.addAttribute("cohorts", cohorts.list(user));
        model.addAttribute("mayPlan", policy.canPlanCohorts(user));
        return "admissions/cohorts";
    }

    /** When and where the cohort's group sessions are held: a time like 10:00, a length in minutes, a place or link. */
    record GroupSessionForm(String time, String minutes, String place) {
    }

    @GetMapping("/admissions/cohorts/{id}")
    String cohort(CurrentUser user, @PathVariable UUID id, Model model) {
        var page = cohorts.page(user, id);
        model.addAttribute("page", page);
        model.addAttribute("mayPlan", policy.canPlanCohorts(user));
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", page.cohort().sessionTimes()
                    .map(t -> new GroupSessionForm(t.startsAt().toString(), String.valueOf(t.minutes()), t.place()))
                    .orElse(new GroupSessionForm("", "", "")));
        }
        return "admissions/cohort";
    }

    /** Says when and where the group sessions are held; they are then in the cohort's apprentices' calendars. */
    @PostMapping("/admissions/cohorts/{id}/group-sessions")
    String holdGroupSessions(CurrentUser user, @PathVariable UUID id,
            @ModelAttribute("sessionForm") GroupSessionForm form, BindingResult result, Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            cohorts.holdGroupSessions(user, id, form.time(), form.minutes(), form.place());
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return cohort(user, id, model);
        }
        redirect.addFlashAttribute("notice", "The group sessions still to come are in the cohort's apprentices'"
                + " calendars");
        return "redirect:/admissions/cohorts/" + id + "#group-sessions";
    }

    @GetMapping("/admissions/cohorts/new")
    String form(CurrentUser user, Model model) {
        policy.requirePlanCohorts(user);
        return formPage(model, CohortForm.empty(), "");
    }

    /**
     * Plans the cohort; or, when the person asked to search for its tutor ({@code find}), shows the form again with
     * the matches and everything typed, saving nothing.
     */
    @PostMapping("/admissions/cohorts/new")
    String plan(CurrentUser user, @ModelAttribute("form") CohortForm form, BindingResult result,
            @RequestParam(required = false) String find, @RequestParam(required = false) String tutorSearch,
            Model model) {
        if (find != null) {
            policy.requirePlanCohorts(user);
            return formPage(model, form, tutorSearch);
        }
        try {
            Cohort planned = cohorts.plan(user, plan(form));
            return "redirect:/admissions/cohorts/" + planned.id();
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return formPage(model, form, tutorSearch);
        } catch (AdmissionRefused refused) {
            result.rejectValue("capacity", "refused", refused.getMessage());
            return formPage(model, form, tutorSearch);
        }
    }

    static Cohorts.Plan plan(CohortForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        var start = DateText.parse(form.startDate());
        Integer capacity = null;
        try {
            capacity = form.capacity() == null || form.capacity().isBlank() ? null
                    : Integer.valueOf(form.capacity().strip());
        } catch (NumberFormatException e) {
            problems.put("capacity", "Enter the number of places as a whole number, like 12");
        }
        List<Cohort.PlannedSession> sessions = new ArrayList<>();
        if (form.sessions() != null) {
            for (String line : form.sessions().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int colon = line.indexOf(':');
                var on = DateText.parse(colon < 0 ? line : line.substring(0, colon));
                if (on.isEmpty() || colon < 0 || line.substring(colon + 1).isBlank()) {
                    problems.put("sessions", "Write each session on its own line as date: topic, for example"
                            + " 19 1 2027: Mentoring models");
                    break;
                }
                sessions.add(new Cohort.PlannedSession(on.get(), line.substring(colon + 1).strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw new FieldValidationException(problems);
        }
        return new Cohorts.Plan(form.courseId(), form.name(), start.orElse(null), capacity, form.tutorStaffId(),
                form.deliveryPattern(), sessions);
    }

    /**
     * The form with the tutors to choose from: all of them while there are few, else a search ({@code search}, what
     * was typed) whose first {@link #MATCHES} matches are radios, below the tutor already chosen.
     */
    private String formPage(Model model, CohortForm form, String search) {
        model.addAttribute("form", form);
        model.addAttribute("courses", store.courses());
        var all = staff.leadsIfAtMost(listedAtMost);
        String typed = search == null ? "" : search.strip();
        model.addAttribute("searching", all.isEmpty());
        model.addAttribute("tutorSearch", typed);
        if (all.isPresent()) {
            model.addAttribute("tutors", all.get());
            return "admissions/cohort-form";
        }
        Map<UUID, StaffDirectory.StaffMember> shown = new LinkedHashMap<>();
        staff.lead(form.tutorStaffId()).ifPresent(chosen -> shown.put(chosen.id(), chosen));
        boolean matched = false;
        for (StaffDirectory.StaffMember match : staff.leadsMatching(typed, MATCHES)) {
            matched |= shown.putIfAbsent(match.id(), match) == null;
        }
        model.addAttribute("tutors", List.copyOf(shown.values()));
        model.addAttribute("tutorChoices", shown.values().stream()
                .map(t -> new Choice(t.id().toString(), t.name())).toList());
        model.addAttribute("nothingMatched", !typed.isEmpty() && !matched);
        return "admissions/cohort-form";
    }
}
