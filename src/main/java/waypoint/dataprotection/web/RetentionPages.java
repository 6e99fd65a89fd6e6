package waypoint.dataprotection.web;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.dataprotection.internal.retention.RetentionJob;
import waypoint.dataprotection.internal.retention.RetentionRule;
import waypoint.dataprotection.internal.retention.RetentionSetting;
import waypoint.dataprotection.internal.retention.RetentionSettings;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.validation.OneOf;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;

/**
 * The provider's retention settings with their sources, and the nightly job's reports (docs/domain/retention.md): the
 * data protection officer and administrators read and change them.
 */
@Controller
class RetentionPages {

    private final RetentionSettings settings;
    private final RetentionJob job;

    RetentionPages(RetentionSettings settings, RetentionJob job) {
        this.settings = settings;
        this.job = job;
    }

    /**
     * The form as typed: the period in months, as text, so anything typed gets a clear message. Whether the period is
     * one the rules allow, and the action one the kind allows, is the setting's to say.
     */
    record SettingForm(
            @NotBlank(message = "Enter the period in months")
            @Pattern(regexp = "\\s*[+-]?\\d{1,9}\\s*",
                    message = "Enter the period as a whole number of months, like 72") String months,
            @NotBlank(message = SettingForm.CHOOSE_ACTION)
            @OneOf(value = RetentionAction.class, message = SettingForm.CHOOSE_ACTION)
            String action,
            Integer version) {

        static final String CHOOSE_ACTION = "Choose whether to anonymise or delete the records";

        int period() {
            return Integer.parseInt(months.strip());
        }

        RetentionAction chosen() {
            return OneOf.Choices.named(RetentionAction.class, action);
        }
    }

    @GetMapping("/data-protection/retention")
    String list(CurrentUser user, @RequestParam(required = false) String saved, Model model) {
        model.addAttribute("settings", settings.all(user));
        model.addAttribute("runs", job.latest(10));
        model.addAttribute("saved", saved != null ? "Saved" : null);
        model.addAttribute("links", new Links());
        return "dataprotection/retention";
    }

    @GetMapping("/data-protection/retention/{kind}")
    String edit(CurrentUser user, @PathVariable String kind, Model model) {
        RetentionSetting setting = settings.find(user, rule(kind));
        model.addAttribute("form", new SettingForm(String.valueOf(setting.periodMonths()), setting.action().name(),
                setting.version()));
        return form(setting, model);
    }

    @PostMapping("/data-protection/retention/{kind}")
    String change(CurrentUser user, @PathVariable String kind, @Valid @ModelAttribute("form") SettingForm form,
            BindingResult result, Model model) {
        RetentionRule rule = rule(kind);
        RetentionSetting setting = settings.find(user, rule);
        if (result.hasErrors()) {
            return form(setting, model);
        }
        try {
            settings.change(user, rule, form.version() == null ? -1 : form.version(), form.period(), form.chosen());
            return "redirect:/data-protection/retention?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
        } catch (OptimisticLockingFailureException changed) {
            result.reject("changed", changed.getMessage());
        }
        return form(setting, model);
    }

    private static String form(RetentionSetting setting, Model model) {
        model.addAttribute("setting", setting);
        model.addAttribute("anonymiseAllowed", setting.rule().canAnonymise());
        model.addAttribute("defaultPeriod", RetentionRule.period(setting.rule().defaultMonths()));
        model.addAttribute("action", new Links().of(setting.rule()));
        return "dataprotection/retention-form";
    }

    private static RetentionRule rule(String kind) {
        try {
            return RetentionRule.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException("No such kind of record");
        }
    }

    static String path(RetentionRule rule) {
        return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** For the pages: the link of a kind's setting. */
    public static final class Links {
        public String of(RetentionRule rule) {
            return "/data-protection/retention/" + path(rule);
        }
    }
}
