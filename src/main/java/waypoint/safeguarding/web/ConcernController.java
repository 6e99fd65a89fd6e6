package waypoint.safeguarding.web;

import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.safeguarding.ActionKind;
import waypoint.safeguarding.Agency;
import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.IncidentCategory;
import waypoint.safeguarding.RiskLevel;
import waypoint.safeguarding.internal.Concern;
import waypoint.safeguarding.internal.ConcernDetails;
import waypoint.safeguarding.internal.ConcernService;
import waypoint.safeguarding.internal.ConcernStepRefusedException;
import waypoint.safeguarding.internal.ConcernWorkflow;
import waypoint.safeguarding.internal.SafeguardingSettings;
import waypoint.safeguarding.web.ConcernForms.ActionForm;
import waypoint.safeguarding.web.ConcernForms.CloseForm;
import waypoint.safeguarding.web.ConcernForms.FlagForm;
import waypoint.safeguarding.web.ConcernForms.ReopenForm;
import waypoint.safeguarding.web.ConcernForms.ReportForm;
import waypoint.safeguarding.web.ConcernForms.TriageForm;
import waypoint.safeguarding.web.ConcernForms.UpdateForm;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.shared.web.Choice;

/**
 * Reporting a concern (anyone signed in), and the case log for the people who handle each kind: the list, a concern's
 * page with its chronology, and the forms that move it on. Every read of a concern goes through the service, which
 * refuses anyone else (as not found) and records the view in the audit trail.
 */
@Controller
@RequestMapping("/concerns")
class ConcernController {

    private final ConcernService concerns;
    private final SafeguardingSettings settings;

    private final Validator validator;

    ConcernController(ConcernService concerns, SafeguardingSettings settings, Validator validator) {
        this.validator = validator;
        this.concerns = concerns;
        this.settings = settings;
    }

    @GetMapping("/new")
    String report(CurrentUser user, Model model) {
        return reportForm(user, model, ReportForm.blank());
    }

    @PostMapping("/new")
    String raise(CurrentUser user, @ModelAttribute("form") ReportForm form, BindingResult result, Model model) {
        try {
            FormChecks.require(validator, form);
            ConcernService.Raised raised = concerns.raise(user, form.concern());
            return "redirect:/concerns/sent?kind=" + raised.kind().name();
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return reportForm(user, model, form);
        }
    }

    /** What happens next, and how to reach the safeguarding officer: nothing of the case itself. */
    @GetMapping("/sent")
    String sent(@RequestParam(required = false) String kind, Model model) {
        ConcernKind raised = parseKind(kind);
        model.addAttribute("kind", raised);
        model.addAttribute("settings", settings.current());
        return "safeguarding/sent";
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, Model model) {
        boolean closed = "closed".equals(status);
        model.addAttribute("page", concerns.list(user, closed, page == null ? 0 : page));
        model.addAttribute("closed", closed);
        model.addAttribute("baseUrl", closed ? "/concerns?status=closed" : "/concerns");
        return "safeguarding/concerns";
    }

    @GetMapping("/{id}")
    String view(CurrentUser user, @PathVariable UUID id, Model model) {
        return casePage(user, id, model);
    }

    @PostMapping("/{id}/triage")
    String triage(CurrentUser user, @PathVariable UUID id, @ModelAttribute("triage") TriageForm form,
            BindingResult result, Model model) {
        return act(user, id, form, model, result,
                () -> concerns.triage(user, id, form.version(), form.level(), form.reportable(), form.noteText()));
    }

    @PostMapping("/{id}/actions")
    String action(CurrentUser user, @PathVariable UUID id, @ModelAttribute("action") ActionForm form,
            BindingResult result, Model model) {
        return act(user, id, form, model, result,
                () -> concerns.recordAction(user, id, form.version(), form.action()));
    }

    @PostMapping("/{id}/tutor-flag")
    String flag(CurrentUser user, @PathVariable UUID id, @ModelAttribute("flag") FlagForm form, BindingResult result,
            Model model) {
        return act(user, id, form, model, result,
                () -> concerns.shareWithTutor(user, id, form.version(), Boolean.TRUE.equals(form.shared())));
    }

    @PostMapping("/{id}/updates")
    String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("update") UpdateForm form,
            BindingResult result, Model model) {
        return act(user, id, form, model, result,
                () -> concerns.shareUpdate(user, id, form.version(), form.text()));
    }

    @PostMapping("/{id}/close")
    String close(CurrentUser user, @PathVariable UUID id, @ModelAttribute("close") CloseForm form,
            BindingResult result, Model model) {
        return act(user, id, form, model, result, () -> concerns.close(user, id, form.version(), form.text()));
    }

    @PostMapping("/{id}/reopen")
    String reopen(CurrentUser user, @PathVariable UUID id, @ModelAttribute("reopen") ReopenForm form,
            BindingResult result, Model model) {
        return act(user, id, form, model, result, () -> concerns.reopen(user, id, form.version(), form.text()));
    }

    /**
     * Runs a step once its form is filled in as it should be (its Bean Validation constraints, in the form's order);
     * on a field error, a refused step or someone else's change, shows the page again with what was typed.
     */
    private String act(CurrentUser user, UUID id, Record form, Model model, BindingResult result, Runnable step) {
        try {
            FormChecks.require(validator, form);
            step.run();
            return "redirect:/concerns/" + id + "?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
        } catch (ConcernStepRefusedException | OptimisticLockingFailureException problem) {
            model.addAttribute("problem", problem.getMessage());
        }
        return casePage(user, id, model);
    }

    private String casePage(CurrentUser user, UUID id, Model model) {
        ConcernDetails details = concerns.view(user, id);
        Concern concern = details.concern();
        int version = concern.version();
        model.addAttribute("details", details);
        model.addAttribute("c", concern);
        putIfAbsent(model, "triage", new TriageForm(
                concern.riskLevel() == null ? null : concern.riskLevel().name(),
                concern.riddorReportable() == null ? null : concern.riddorReportable() ? "yes" : "no", null, version));
        putIfAbsent(model, "action", ActionForm.blank(version));
        putIfAbsent(model, "flag", new FlagForm(!concern.tutorFlagShared(), version));
        putIfAbsent(model, "update", new UpdateForm(null, version));
        putIfAbsent(model, "close", new CloseForm(null, version));
        putIfAbsent(model, "reopen", new ReopenForm(null, version));
        model.addAttribute("canTriage", concern.allows(ConcernWorkflow.TRIAGE));
        model.addAttribute("canAct", concern.allows(ConcernWorkflow.RECORD_ACTION));
        model.addAttribute("canFlag", concern.allows(ConcernWorkflow.SHARE_WITH_TUTOR) && concern.kind().isSafeguarding()
                && concern.learnerId() != null);
        model.addAttribute("canShareUpdate", concern.allows(ConcernWorkflow.SHARE_UPDATE));
        model.addAttribute("canClose", concern.allows(ConcernWorkflow.CLOSE));
        model.addAttribute("canReopen", concern.allows(ConcernWorkflow.REOPEN));
        model.addAttribute("riskLevels", Choice.of(RiskLevel.values(), RiskLevel::label));
        model.addAttribute("riddorOptions", Choice.yesNo());
        model.addAttribute("actionKinds", Choice.of(ActionKind.values(), ActionKind::label));
        model.addAttribute("agencies", Choice.of(Agency.values(), Agency::label));
        return "safeguarding/concern";
    }

    private static void putIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private String reportForm(CurrentUser user, Model model, ReportForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", java.util.Arrays.stream(ConcernKind.values())
                .map(k -> new Choice(k.name(), k.label(), k.hint())).toList());
        model.addAttribute("categories", Choice.of(IncidentCategory.values(), IncidentCategory::label));
        model.addAttribute("askForLearner", !user.has(Role.LEARNER));
        model.addAttribute("settings", settings.current());
        return "safeguarding/report";
    }

    private static ConcernKind parseKind(String kind) {
        try {
            return kind == null ? null : ConcernKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
