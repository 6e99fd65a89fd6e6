package waypoint.supportcase.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.supportcase.AtRiskThresholds;
import waypoint.supportcase.internal.Interventions;
import waypoint.supportcase.web.CaseForms.PartnerForm;
import waypoint.supportcase.web.InterventionForms.KindForm;
import waypoint.supportcase.internal.SupportCaseStore;
import waypoint.supportcase.internal.SupportSettings;

/**
 * The administrators' support case settings: the at-risk thresholds, the interventions catalogue and the default
 * client partner (docs/domain/support-policy.md, Who is copied in).
 */
@Controller
class SupportSettingsPages {

    private final SupportSettings settings;
    private final SupportCaseStore store;
    private final Interventions interventions;
    private final ApplicationEventPublisher events;
    private final Validator validator;

    SupportSettingsPages(SupportSettings settings, SupportCaseStore store, Interventions interventions,
            ApplicationEventPublisher events, Validator validator) {
        this.validator = validator;
        this.settings = settings;
        this.store = store;
        this.interventions = interventions;
        this.events = events;
    }

    @GetMapping("/support-cases/settings")
    String settingsPage(CurrentUser user, Model model) {
        SupportCasesApi.requireAdministrator(user);
        AtRiskThresholds t = settings.current();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("otjPercentBelow", String.valueOf(t.otjPercentBelow()));
        typed.put("reviewOverdueDays", String.valueOf(t.reviewOverdueDays()));
        typed.put("englishMathsWeeksBeforeGateway", String.valueOf(t.englishMathsWeeksBeforeGateway()));
        typed.put("ksbCoverageGapPercent", String.valueOf(t.ksbCoverageGapPercent()));
        typed.put("sessionCadenceDays", String.valueOf(t.sessionCadenceDays()));
        typed.put("overdueActionDays", String.valueOf(t.overdueActionDays()));
        return settingsPage(model, Map.of(), typed);
    }

    private String settingsPage(Model model, Map<String, String> errors, Map<String, String> typed) {
        model.addAttribute("kinds", store.interventionKinds());
        model.addAttribute("partner", settings.defaultClientPartner().orElse(null));
        return SupportPages.form(model, new Form("Support case settings", "At-risk thresholds", List.of(
                        "The at-risk indicator is computed nightly and on demand from these thresholds."),
                "/support-cases/settings", Map.of(), List.of(
                        Form.Field.text("otjPercentBelow", "Off-the-job hours below this % of expected", "1 to 100"),
                        Form.Field.text("reviewOverdueDays", "Progress review overdue by more than (days)", "0 to 120"),
                        Form.Field.text("englishMathsWeeksBeforeGateway", "English and maths not achieved this many"
                                + " weeks before the planned gateway", "1 to 104"),
                        Form.Field.text("ksbCoverageGapPercent", "KSB coverage behind the elapsed share by"
                                + " (percentage points)", "1 to 100"),
                        Form.Field.text("sessionCadenceDays", "No teaching session within (days)", "1 to 180"),
                        Form.Field.text("overdueActionDays", "Actions overdue by more than (days)", "0 to 180")),
                "Save the thresholds", "/support-cases", "Back to support cases"), errors, typed);
    }

    @PostMapping("/support-cases/settings")
    String changeSettings(CurrentUser user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        SupportCasesApi.requireAdministrator(user);
        Map<String, String> typed = SupportPages.typed(request, "otjPercentBelow", "reviewOverdueDays",
                "englishMathsWeeksBeforeGateway", "ksbCoverageGapPercent", "sessionCadenceDays", "overdueActionDays");
        try {
            AtRiskThresholds before = settings.current();
            AtRiskThresholds changed = ThresholdsForm.of(typed).thresholds();
            FormChecks.require(validator, changed);
            settings.change(changed);
            events.publishEvent(RecordChanged.updated("support settings", new UUID(0, 3), before.toString(),
                    changed.toString()));
        } catch (FieldValidationException invalid) {
            return settingsPage(model, invalid.errors(), typed);
        }
        redirect.addFlashAttribute("saved", "Thresholds saved");
        return "redirect:/support-cases/settings";
    }

    @GetMapping("/support-cases/settings/client-partner")
    String clientPartnerForm(CurrentUser user, Model model) {
        SupportCasesApi.requireAdministrator(user);
        Map<String, String> typed = new LinkedHashMap<>();
        settings.defaultClientPartner().ifPresent(p -> {
            typed.put("partnerName", p.name());
            typed.put("partnerEmail", p.email());
        });
        return clientPartnerPage(model, Map.of(), typed);
    }

    private String clientPartnerPage(Model model, Map<String, String> errors, Map<String, String> typed) {
        return SupportPages.form(model, new Form("Default client partner", "Support case settings", List.of(
                        "Your support policy copies the client partner into the formal stages' emails. An"
                                + " apprenticeship names its own client partner among its other staff; when it names"
                                + " none, this person is copied in instead. A formal stage cannot begin with neither."),
                "/support-cases/settings/client-partner", Map.of(), List.of(
                        Form.Field.text("partnerName", "Name", null),
                        Form.Field.text("partnerEmail", "Email address", "For example, name@example.com")),
                "Save the default client partner", "/support-cases/settings", "Back to the settings"), errors, typed);
    }

    @PostMapping("/support-cases/settings/client-partner")
    String changeClientPartner(CurrentUser user, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        SupportCasesApi.requireAdministrator(user);
        Map<String, String> typed = SupportPages.typed(request, "partnerName", "partnerEmail");
        PartnerForm form = new PartnerForm(typed.get("partnerName"), typed.get("partnerEmail"));
        try {
            FormChecks.require(validator, form);
            String before = settings.defaultClientPartner().map(Object::toString).orElse("none");
            SupportSettings.ClientPartner saved = settings.changeDefaultClientPartner(form.partnerName(),
                    form.partnerEmail());
            events.publishEvent(RecordChanged.updated("support settings", new UUID(0, 3), before, saved.toString()));
        } catch (FieldValidationException invalid) {
            return clientPartnerPage(model, invalid.errors(), typed);
        }
        redirect.addFlashAttribute("saved", "Default client partner saved");
        return "redirect:/support-cases/settings";
    }

    @PostMapping("/support-cases/settings/interventions")
    String addKind(CurrentUser user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = SupportPages.typed(request, "kindName", "kindDescription");
        KindForm form = new KindForm(typed.get("kindName"), typed.get("kindDescription"));
        try {
            interventions.requireCatalogueKeeper(user);
            FormChecks.require(validator, form);
            interventions.addKind(user, form.kindName(), form.kindDescription());
        } catch (FieldValidationException invalid) {
            model.addAttribute("kindErrors", invalid.errors());
            model.addAttribute("kindTyped", typed);
            return settingsPage(user, model);
        }
        redirect.addFlashAttribute("saved", "Intervention added to the catalogue");
        return "redirect:/support-cases/settings";
    }
}
