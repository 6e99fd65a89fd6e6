package waypoint.supportcase.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.Choice;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.NavigationItem;
import waypoint.supportcase.internal.AtRiskIndicators;
import waypoint.supportcase.internal.FormalStages;
import waypoint.supportcase.internal.SupportAppeals;
import waypoint.supportcase.internal.SupportCasePolicy;
import waypoint.supportcase.internal.Interventions;
import waypoint.supportcase.web.CaseForms.AppealForm;
import waypoint.supportcase.web.CaseForms.EmployerForm;
import waypoint.supportcase.web.CaseForms.OpenForm;
import waypoint.supportcase.web.CaseForms.OtherPolicyForm;
import waypoint.supportcase.web.CaseForms.RecommendationForm;
import waypoint.supportcase.web.CaseForms.Stage3Form;
import waypoint.supportcase.web.CaseForms.StepForm;
import waypoint.supportcase.web.InterventionForms.InterventionForm;
import waypoint.supportcase.web.InterventionForms.OutcomeForm;
import waypoint.supportcase.internal.Signals;
import waypoint.supportcase.internal.StageTable;
import waypoint.supportcase.internal.SupportCaseRefused;
import waypoint.supportcase.internal.SupportCaseStore;
import waypoint.supportcase.internal.SupportCaseViews;
import waypoint.supportcase.internal.SupportCases;
import waypoint.supportcase.internal.SupportStage;
import waypoint.supportcase.internal.SupportTitles;

/**
 * The support case pages: the staff dashboard of cases by stage, the at-risk list, the case page (timeline, stage,
 * what is needed next, meetings, actions, recommendations, emails), the forms of each step, and the refusals that
 * name the rule (the administrators' settings are {@link SupportSettingsPages}). Every form works without
 * JavaScript; errors show in the error summary and inline, with what was typed kept.
 */
@Controller
class SupportPages {

    private final SupportCases cases;
    private final SupportCasePolicy policy;
    private final FormalStages formal;
    private final SupportAppeals appeals;
    private final SupportCaseViews views;
    private final SupportCaseStore store;
    private final AtRiskIndicators indicators;
    private final Interventions interventions;
    private final SupportTitles titles;
    private final ApprenticeshipAccess access;
    private final Validator validator;

    SupportPages(SupportCases cases, SupportCasePolicy policy, FormalStages formal, SupportAppeals appeals,
            SupportCaseViews views, SupportCaseStore store, AtRiskIndicators indicators,
            Interventions interventions, SupportTitles titles, ApprenticeshipAccess access, Validator validator) {
        this.validator = validator;
        this.cases = cases;
        this.policy = policy;
        this.formal = formal;
        this.appeals = appeals;
        this.views = views;
        this.store = store;
        this.indicators = indicators;
        this.interventions = interventions;
        this.titles = titles;
        this.access = access;
    }

    @Bean
    static NavigationItem supportCasesNavigation() {
        return new NavigationItem("Support cases", "/support-cases", 28, Arrays.stream(Role.values())
                .filter(Role::isStaff).map(Role::name).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    static SupportStage stageOf(String stage) {
        try {
            return stage == null || stage.isBlank() ? null : SupportStage.valueOf(stage);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static int number(String page) {
        try {
            return Math.max(0, Math.min(100_000, Integer.parseInt(page)));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static void requireStaff(CurrentUser user) {
        SupportCasesApi.requireStaff(user);
    }

    // ------------------------------------------------------------------ dashboard and at-risk list

    @GetMapping("/support-cases")
    String dashboard(CurrentUser user, @RequestParam(required = false) String stage,
            @RequestParam(defaultValue = "0") String page, @RequestParam(required = false) String q, Model model) {
        requireStaff(user);
        SupportStage chosen = stageOf(stage);
        model.addAttribute("admin", user.has(Role.ADMINISTRATOR));
        model.addAttribute("q", q);
        model.addAttribute("found", q == null || q.isBlank() ? null : views.findActive(user, q));
        model.addAttribute("counts", views.countsByStage(user));
        model.addAttribute("stages", SupportStage.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("page", views.cases(user, chosen, number(page)));
        model.addAttribute("baseUrl", "/support-cases" + (chosen == null ? "" : "?stage=" + chosen.name()));
        return "supportcase/dashboard";
    }

    @GetMapping("/support-cases/at-risk")
    String atRisk(CurrentUser user, @RequestParam Map<String, String> query, Model model) {
        requireStaff(user);
        var scope = access.scopeOf(user);
        AtRiskIndicators.Filter filter = AtRiskFilters.parse(query);
        model.addAttribute("filter", filter);
        model.addAttribute("options", indicators.filterOptions(scope));
        model.addAttribute("signals", Signals.NAMES);
        model.addAttribute("page", indicators.list(scope, filter, AtRiskFilters.page(query)));
        StringBuilder base = new StringBuilder("/support-cases/at-risk?sort=" + (filter.leastFirst() ? "least" : "severity"));
        if (filter.tutor() != null) base.append("&tutor=").append(filter.tutor());
        if (filter.employer() != null) base.append("&employer=").append(filter.employer());
        if (filter.standard() != null) base.append("&standard=").append(filter.standard());
        if (filter.signal() != null) base.append("&signal=").append(filter.signal());
        model.addAttribute("baseUrl", base.toString());
        return "supportcase/at-risk";
    }

    @PostMapping("/support-cases/at-risk/{apprenticeshipId}")
    String recompute(CurrentUser user, @PathVariable ApprenticeshipId apprenticeshipId, RedirectAttributes redirect) {
        requireStaff(user);
        policy.requireView(user, apprenticeshipId);
        AtRiskIndicators.Indicator indicator = indicators.compute(apprenticeshipId);
        redirect.addFlashAttribute("saved", "At-risk indicator recalculated: " + (indicator.signals().isEmpty()
                ? "no signals" : String.join("; ", indicator.signals().stream().map(s -> s.reason()).toList())));
        return store.openOf(apprenticeshipId).map(c -> "redirect:/support-cases/" + c.id())
                .orElse("redirect:/support-cases/new?apprenticeship=" + apprenticeshipId);
    }

    // ------------------------------------------------------------------ opening

    @GetMapping("/support-cases/new")
    String openForm(CurrentUser user, @RequestParam ApprenticeshipId apprenticeship, Model model) {
        return openPage(user, apprenticeship, model, Map.of(), Map.of("stage", "1"));
    }

    private String openPage(CurrentUser user, ApprenticeshipId apprenticeshipId, Model model, Map<String,
            String> errors,
            Map<String, String> typed) {
        ApprenticeshipSummary a = policy.requireView(user, apprenticeshipId);
        if (!policy.canManage(user, a)) {
            throw new AccessDeniedException("Your support policy: a support case is opened by staff working on this"
                    + " apprenticeship");
        }
        var open = store.openOf(a.id());
        if (open.isPresent()) {
            return "redirect:/support-cases/" + open.get().id();
        }
        List<String> intro = new ArrayList<>();
        indicators.stored(a.id()).filter(i -> !i.signals().isEmpty())
                .ifPresent(i -> intro.add("At-risk signals: "
                + String.join("; ", i.signals().stream().map(s -> s.reason()).toList()) + "."));
        intro.add("A case opens at an informal stage (1 or 2). Stages 1 and 2 show the apprentice they are receiving"
                + " more than the normal level of support.");
        store.ofApprenticeship(a.id()).stream().findFirst().ifPresent(last -> intro.add("The last case, opened "
                + GovUkDates.time(last.openedAt()) + ", is " + last.stage().words().toLowerCase() + "."));
        return form(model, new Form("Open a support case", a.learnerName() + ", " + a.standardLabel(), intro,
                "/support-cases/new?apprenticeship=" + a.id(), Map.of(), List.of(
                        Form.Field.radios("stage", "Stage", null, List.of(new Choice("1", "Stage 1 (informal)"),
                                new Choice("2", "Stage 2 (informal)"))),
                        Form.Field.radios("kind", "What kind of issues", "Pastoral: personal situations outside work,"
                                + " health, dependencies, financial concerns. Placement: differences with the"
                                + " employer, team dynamics, technical ability, teething or transition problems.",
                                List.of(new Choice("PASTORAL", "Pastoral"), new Choice("PLACEMENT",
                                        "Placement"), new Choice("BOTH", "Both"))),
                        Form.Field.area("reason", "Why the apprentice needs support", null)),
                "Open the case", "/support-cases/at-risk", "Back to at-risk apprentices"), errors, typed);
    }

    @PostMapping("/support-cases/new")
    String open(CurrentUser user, @RequestParam ApprenticeshipId apprenticeship, HttpServletRequest request,
            Model model) {
        Map<String, String> typed = typed(request, "stage", "kind", "reason");
        OpenForm form = new OpenForm(typed.get("stage"), typed.get("kind"), typed.get("reason"));
        try {
            cases.requireOpen(user, apprenticeship, form.stage());
            FormChecks.require(validator, form);
            UUID id = cases.open(user, apprenticeship, form.stageNumber(), form.kind(), form.reason());
            return "redirect:/support-cases/" + id;
        } catch (FieldValidationException invalid) {
            return openPage(user, apprenticeship, model, invalid.errors(), typed);
        } catch (SupportCaseRefused refused) {
            return openPage(user, apprenticeship, model, Map.of("form", refused.getMessage()), typed);
        }
    }

    // ------------------------------------------------------------------ the case page and its steps

    @GetMapping("/support-cases/{id}")
    String casePage(CurrentUser user, @PathVariable UUID id, Model model) {
        return casePage(user, id, model, Map.of(), Map.of());
    }

    private String casePage(CurrentUser user, UUID id, Model model, Map<String, String> errors,
            Map<String, String> typed) {
        SupportCaseViews.CaseView view = views.view(user, id);
        model.addAttribute("view", view);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("employerChoices", SupportCases.EMPLOYER_CHOICES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(c -> new Choice(c.getKey(), c.getValue())).toList());
        model.addAttribute("kinds", store.interventionKinds());
        model.addAttribute("risk", indicators.stored(view.a().id()).orElse(null));
        return "supportcase/case";
    }

    @PostMapping("/support-cases/{id}/steps")
    String step(CurrentUser user, @PathVariable UUID id, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = typed(request, "action", "version", "date", "expectedReturn", "note", "planUntil");
        StepForm form = new StepForm(typed.get("action"), version(typed.get("version")), typed.get("date"),
                typed.get("expectedReturn"), typed.get("note"), typed.get("planUntil"));
        StageTable.Action action = form.step();
        if (action == null) {
            return casePage(user, id, model, Map.of("form", "Choose a step from the case page"), typed);
        }
        try {
            cases.requireStep(user, id, action);
            FormChecks.require(validator, form);
            cases.step(user, id, action, form.version(), form.input());
        } catch (FieldValidationException invalid) {
            return casePage(user, id, model, invalid.errors(), typed);
        } catch (SupportCaseRefused refused) {
            return casePage(user, id, model, Map.of("form", refused.getMessage()), typed);
        }
        redirect.addFlashAttribute("saved", "Done: " + action.words());
        return "redirect:/support-cases/" + id;
    }

    @PostMapping("/support-cases/{id}/employer")
    String employer(CurrentUser user, @PathVariable UUID id, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = typed(request, "choice", "actions");
        EmployerForm form = new EmployerForm(typed.get("choice"), typed.get("actions"));
        try {
            cases.requireEmployerPosition(user, id);
            FormChecks.require(validator, form);
            cases.employerPosition(user, id, form.choice(), form.actions());
        } catch (FieldValidationException invalid) {
            return casePage(user, id, model, invalid.errors(), typed);
        }
        redirect.addFlashAttribute("saved", "The employer's choice is recorded");
        return "redirect:/support-cases/" + id;
    }

    @PostMapping("/support-cases/{id}/actions/{actionId}/done")
    String actionDone(CurrentUser user, @PathVariable UUID id, @PathVariable UUID actionId,
            RedirectAttributes redirect) {
        cases.actionDone(user, id, actionId);
        redirect.addFlashAttribute("saved", "Action marked done");
        return "redirect:/support-cases/" + id;
    }

    @PostMapping("/support-cases/{id}/interventions")
    String intervention(CurrentUser user, @PathVariable UUID id, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = typed(request, "kindId", "details", "owner", "startsOn", "endsOn");
        SupportCasePolicy.Loaded loaded = policy.load(user, id);
        InterventionForm form = new InterventionForm(id, typed.get("kindId"), typed.get("details"),
                typed.get("owner"), typed.get("startsOn"), typed.get("endsOn"));
        try {
            interventions.requireManage(user, loaded.a().id());
            FormChecks.require(validator, form);
            interventions.add(user, loaded.a().id(), id, form.kind(), form.details(), form.owner(),
                    form.start(),
                    form.end());
        } catch (FieldValidationException invalid) {
            return casePage(user, id, model, invalid.errors(), typed);
        }
        redirect.addFlashAttribute("saved", "Intervention recorded");
        return "redirect:/support-cases/" + id;
    }

    @PostMapping("/support-cases/{id}/interventions/{interventionId}/outcome")
    String interventionOutcome(CurrentUser user, @PathVariable UUID id, @PathVariable UUID interventionId,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = typed(request, "outcome", "outcomeEndsOn");
        SupportCasePolicy.Loaded loaded = policy.load(user, id);
        OutcomeForm form = new OutcomeForm(typed.get("outcome"), typed.get("outcomeEndsOn"));
        try {
            interventions.requireManage(user, loaded.a().id());
            FormChecks.require(validator, form);
            interventions.outcome(user, loaded.a().id(), interventionId, form.outcome(), form.end());
        } catch (FieldValidationException invalid) {
            return casePage(user, id, model, invalid.errors(), typed);
        }
        redirect.addFlashAttribute("saved", "Intervention outcome recorded");
        return "redirect:/support-cases/" + id;
    }

    // ------------------------------------------------------------------ stage 3

    @GetMapping("/support-cases/{id}/stage-3")
    String stage3Form(CurrentUser user, @PathVariable UUID id, Model model) {
        return stage3Page(user, id, model, Map.of(), Map.of());
    }

    private String stage3Page(CurrentUser user, UUID id, Model model, Map<String, String> errors,
            Map<String, String> typed) {
        SupportCasePolicy.Loaded loaded = policy.load(user, id);
        SupportTitles.Titles t = titles.current();
        List<Form.Field> fields = new ArrayList<>(List.of(
                Form.Field.area("supportSoFar", "The support offered so far", "Interventions and informal support"),
                Form.Field.area("reasons", "The reasons for escalation", null),
                Form.Field.text("date", "The day stage 3 began (leave blank for today)", "On or after the day the"
                        + " apprentice was told in person, for example 27/4/2026")));
        for (int i = 0; i < 4; i++) {
            fields.add(Form.Field.text("actions[" + i + "].description", "Action " + (i + 1) + " for resolution",
                    i == 0 ? "At least one; leave the rest blank if not needed" : null));
            fields.add(Form.Field.text("actions[" + i + "].dueOn", "Suggested date to complete action " + (i + 1),
                    "For example, 27/4/2027"));
        }
        fields.add(Form.Field.text("planUntil", "End of the stage 3 time plan", "Set before the stage begins;"
                + " the recommendation comes at its end. For example, 27/4/2027"));
        return form(model, new Form("Start stage 3: formal support", loaded.a().learnerName(), List.of(
                "The apprentice must have been told in person. This sends the stage 3 email to the apprentice,"
                        + " copied to the " + t.lineManager() + " and the " + t.clientPartner() + " (the one named on"
                        + " the apprenticeship, or your default client partner); the email lists who received it."),
                "/support-cases/" + id + "/stage-3", Map.of("version", String.valueOf(loaded.c().version())), fields,
                "Start stage 3 and send the email", "/support-cases/" + id, "Back to the case"), errors, typed);
    }

    @PostMapping("/support-cases/{id}/stage-3")
    String stage3(CurrentUser user, @PathVariable UUID id, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = typed(request, "version", "date", "supportSoFar", "reasons", "planUntil",
                "actions[0].description", "actions[0].dueOn", "actions[1].description", "actions[1].dueOn",
                "actions[2].description", "actions[2].dueOn", "actions[3].description", "actions[3].dueOn");
        List<CaseForms.ActionForm> actions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            actions.add(new CaseForms.ActionForm(typed.get("actions[" + i + "].description"),
                    typed.get("actions[" + i + "].dueOn")));
        }
        Stage3Form form = new Stage3Form(version(typed.get("version")), typed.get("date"), typed.get("supportSoFar"),
                typed.get("reasons"), actions, typed.get("planUntil"));
        try {
            formal.requireStage3(user, id);
            FormChecks.require(validator, form);
            formal.startStage3(user, id, form.version(), form.startedOn(), form.supportSoFar().strip(),
                    form.reasons().strip(), form.actionInputs(), form.plan());
        } catch (FieldValidationException invalid) {
            return stage3Page(user, id, model, invalid.errors(), typed);
        } catch (SupportCaseRefused refused) {
            return stage3Page(user, id, model, Map.of("form", refused.getMessage()), typed);
        }
        redirect.addFlashAttribute("saved", "Stage 3 started and its email sent");
        return "redirect:/support-cases/" + id;
    }

    // ------------------------------------------------------------------ meetings

    @GetMapping("/support-cases/{id}/meetings/new")
    String meetingForm(CurrentUser user, @PathVariable UUID id, Model model) {
        return meetingPage(user, id, model, Map.of(), Map.of());
    }

    private String meetingPage(CurrentUser user, UUID id, Model model, Map<String, String> errors,
            Map<String, String> typed) {
        SupportCasePolicy.Loaded loaded = policy.load(user, id);
        int n = loaded.c().stage().number();
        String hint = "Run by the apprentice";
        return form(model, new Form("Record a stage " + n + " meeting", loaded.a().learnerName(), List.of(
                        "The meetings are run by the apprentice. " + (n == 3 ? "The line manager is recommended,"
                                + " not required, to attend." : "The line manager or someone from the employer must"
                                + " attend; if nobody did, the meeting went ahead and its record is emailed to them.")),
                "/support-cases/" + id + "/meetings/new", Map.of("version", String.valueOf(loaded.c().version())),
                List.of(Form.Field.text("heldOn", "Date held", (loaded.c().stageBeganOn() == null ? ""
                                : "During stage " + n + ": on or after " + GovUkDates.date(loaded.c().stageBeganOn())
                                + ", the day it began. ") + "For example, 27/4/2026"),
                        Form.Field.text("attendees", "Who attended", "Names and roles"),
                        Form.Field.radios("employerAttended", "Did the line manager or someone from the employer"
                                + " attend?", null, List.of(new Choice("true", "Yes"),
                                new Choice("false", "No"))),
                        Form.Field.area("progressUpdate", "Update on progress with actions", hint),
                        Form.Field.area("successes", "Successes", null),
                        Form.Field.area("blockers", "Blockers", null),
                        Form.Field.area("amendments", "Any amendments proposed", null),
                        Form.Field.area("supportRequests", "Support requests", null),
                        Form.Field.area("staffNotes", "Staff-only notes (optional)", "Never shown to the apprentice"
                                + " or the employer")),
                "Record the meeting", "/support-cases/" + id, "Back to the case"), errors, typed);
    }

    @PostMapping("/support-cases/{id}/meetings/new")
    String meeting(CurrentUser user, @PathVariable UUID id, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = typed(request, "version", "heldOn", "attendees", "employerAttended",
                "progressUpdate", "successes", "blockers", "amendments", "supportRequests", "staffNotes");
        String attended = typed.get("employerAttended");
        MeetingForm form = new MeetingForm(version(typed.get("version")), typed.get("heldOn"),
                typed.get("attendees"), attended == null ? null : Boolean.valueOf(attended),
                typed.get("progressUpdate"), typed.get("successes"), typed.get("blockers"), typed.get("amendments"),
                typed.get("supportRequests"), typed.get("staffNotes"));
        try {
            formal.requireMeeting(user, id);
            FormChecks.require(validator, form);
            formal.holdMeeting(user, id, form.version(), form.input());
        } catch (FieldValidationException invalid) {
            return meetingPage(user, id, model, invalid.errors(), typed);
        } catch (SupportCaseRefused refused) {
            return meetingPage(user, id, model, Map.of("form", refused.getMessage()), typed);
        }
        redirect.addFlashAttribute("saved", "Meeting recorded");
        return "redirect:/support-cases/" + id;
    }

    // ------------------------------------------------------------------ recommendation

    @GetMapping("/support-cases/{id}/recommendation")
    String recommendationForm(CurrentUser user, @PathVariable UUID id, Model model) {
        return recommendationPage(user, id, model, Map.of(), Map.of());
    }

    private String recommendationPage(CurrentUser user, UUID id, Model model, Map<String, String> errors,
            Map<String, String> typed) {
        SupportCasePolicy.Loaded loaded = policy.load(user, id);
        SupportStage stage = loaded.c().stage();
        List<Choice> options = StageTable.OUTCOMES.getOrDefault(stage, Set.of()).stream().sorted()
                .map(o -> new Choice(o.name(), o.words())).toList();
        java.time.LocalDate plan = loaded.c().stagePlanUntil();
        String planWords = plan == null ? "The end of this stage's time plan is unknown: check the case."
                : "The stage " + stage.number() + " time plan runs until " + GovUkDates.date(plan) + ". The recommendation"
                        + " comes at its end; if you make it earlier, say why.";
        return form(model, new Form("Stage " + stage.number() + " recommendation", loaded.a().learnerName(),
                List.of("Shared with the apprentice in the last meeting, then confirmed by email.", planWords),
                "/support-cases/" + id + "/recommendation", Map.of("version", String.valueOf(loaded.c().version())),
                List.of(Form.Field.radios("outcome", "Recommendation", null, options),
                        Form.Field.area("reasons", "Reasons", null),
                        Form.Field.area("earlyReason", "Why the recommendation comes before the end of the time plan",
                                "Only if you make it before the time plan ends")),
                "Record the recommendation", "/support-cases/" + id, "Back to the case"), errors, typed);
    }

    @PostMapping("/support-cases/{id}/recommendation")
    String recommend(CurrentUser user, @PathVariable UUID id, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = typed(request, "version", "outcome", "reasons", "earlyReason");
        RecommendationForm form = new RecommendationForm(version(typed.get("version")), typed.get("outcome"),
                typed.get("reasons"), typed.get("earlyReason"));
        try {
            formal.requireRecommendation(user, id);
            FormChecks.require(validator, form);
            formal.recommend(user, id, form.version(), form.chosen(), form.reasons().strip(), form.earlyReason());
        } catch (FieldValidationException invalid) {
            return recommendationPage(user, id, model, invalid.errors(), typed);
        } catch (SupportCaseRefused refused) {
            return recommendationPage(user, id, model, Map.of("form", refused.getMessage()), typed);
        }
        redirect.addFlashAttribute("saved", "Recommendation recorded: now send the email confirming it");
        return "redirect:/support-cases/" + id;
    }

    // ------------------------------------------------------------------ appeal

    @GetMapping("/support-cases/{id}/appeal")
    String appealForm(CurrentUser user, @PathVariable UUID id, Model model) {
        return appealPage(user, id, model, Map.of(), Map.of());
    }

    private String appealPage(CurrentUser user, UUID id, Model model, Map<String, String> errors,
            Map<String, String> typed) {
        SupportCasePolicy.Loaded loaded = policy.load(user, id);
        List<Form.Field> fields = new ArrayList<>();
        if (user.isStaff()) {
            fields.add(Form.Field.radios("by", "Who appealed", null, List.of(new Choice("APPRENTICE",
                    "The apprentice"), new Choice("EMPLOYER", "The employer"))));
            fields.add(Form.Field.text("receivedOn", "Date the written appeal was received", "For example, 27/4/2026"));
        }
        fields.add(Form.Field.area("text", "The appeal", "Why you disagree with the stage 5 outcome"));
        return form(model, new Form("Appeal the stage 5 outcome", loaded.a().learnerName(), List.of(
                        "An appeal must be made in writing within 10 working days of the stage 5 recommendation"
                                + " email" + (loaded.c().appealDeadline() == null ? "." : ": by "
                                + GovUkDates.date(loaded.c().appealDeadline()) + ".")),
                "/support-cases/" + id + "/appeal", Map.of(), fields, "Send the appeal", "/support-cases/" + id,
                "Back to the case"), errors, typed);
    }

    @PostMapping("/support-cases/{id}/appeal")
    String appeal(CurrentUser user, @PathVariable UUID id, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = typed(request, "by", "receivedOn", "text");
        AppealForm form = new AppealForm(typed.get("by"), typed.get("receivedOn"), typed.get("text"));
        try {
            appeals.requireAppeal(user, id);
            FormChecks.require(validator, form, AppealForm.checksFor(user));
            appeals.appeal(user, id, form.by(), form.received(), form.text());
        } catch (FieldValidationException invalid) {
            return appealPage(user, id, model, invalid.errors(), typed);
        } catch (SupportCaseRefused refused) {
            return appealPage(user, id, model, Map.of("form", refused.getMessage()), typed);
        }
        redirect.addFlashAttribute("saved", "Appeal recorded");
        return "redirect:/support-cases/" + id;
    }

    // ------------------------------------------------------------------ another policy

    @GetMapping("/support-cases/other-policy")
    String otherPolicyForm(CurrentUser user, @RequestParam ApprenticeshipId apprenticeship, Model model) {
        return otherPolicyPage(user, apprenticeship, model, Map.of(), Map.of("withdrawalReason", "EXCLUSION"));
    }

    private String otherPolicyPage(CurrentUser user, ApprenticeshipId apprenticeshipId, Model model, Map<String,
            String> errors,
            Map<String, String> typed) {
        ApprenticeshipSummary a = policy.requireView(user, apprenticeshipId);
        if (!policy.canManage(user, a)) {
            throw new AccessDeniedException("Your support policy: only staff working on this apprenticeship (a head"
                    + " of delivery or someone more senior) may end it under another policy");
        }
        return form(model, new Form("End the apprenticeship under another policy", a.learnerName(), List.of(
                        "For example safeguarding or the code of conduct. The support stages are not followed; the"
                                + " apprenticeship is withdrawn and the ending is recorded naming the policy."),
                "/support-cases/other-policy?apprenticeship=" + a.id(), Map.of(), List.of(
                        Form.Field.text("policy", "Policy", "For example, Code of conduct"),
                        Form.Field.text("date", "Date the apprenticeship ended", "For example, 27/4/2026"),
                        Form.Field.select("withdrawalReason", "Withdrawal reason (ILR)", null,
                                Arrays.stream(WithdrawalReason.values()).map(w -> new Choice(w.name(),
                                        w.words())).toList()),
                        Form.Field.area("details", "What happened", "Staff only")),
                "End the apprenticeship", "/support-cases", "Back to support cases"), errors, typed);
    }

    @PostMapping("/support-cases/other-policy")
    String otherPolicy(CurrentUser user, @RequestParam ApprenticeshipId apprenticeship, HttpServletRequest request,
            Model model) {
        Map<String, String> typed = typed(request, "policy", "date", "withdrawalReason", "details");
        OtherPolicyForm form = new OtherPolicyForm(typed.get("policy"), typed.get("date"),
                typed.get("withdrawalReason"), typed.get("details"));
        try {
            cases.requireEndUnderOtherPolicy(user, apprenticeship);
            FormChecks.require(validator, form);
            UUID id = cases.endUnderOtherPolicy(user, apprenticeship, form.policy().strip(), form.endedOn(),
                    form.reason(), form.details());
            return "redirect:/support-cases/" + id;
        } catch (FieldValidationException invalid) {
            return otherPolicyPage(user, apprenticeship, model, invalid.errors(), typed);
        } catch (SupportCaseRefused refused) {
            return otherPolicyPage(user, apprenticeship, model, Map.of("form", refused.getMessage()), typed);
        }
    }

    // ------------------------------------------------------------------ helpers

    static String form(Model model, Form form, Map<String, String> errors, Map<String, String> typed) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "supportcase/form";
    }

    static Map<String, String> typed(HttpServletRequest request, String... names) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String name : names) {
            String value = request.getParameter(name);
            if (value != null) {
                typed.put(name, value);
            }
        }
        return typed;
    }

    private static Integer version(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value);
        } catch (NumberFormatException bad) {
            return -1;
        }
    }
}
