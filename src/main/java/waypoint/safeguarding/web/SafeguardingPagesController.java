package waypoint.safeguarding.web;

import jakarta.validation.Validator;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.identity.CurrentUser;
import waypoint.safeguarding.internal.SafeguardingSettings;
import waypoint.safeguarding.internal.SafeguardingSettings.Settings;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/** The learner entitlements page (everyone) and the safeguarding settings (administrators). */
@Controller
@RequestMapping("/safeguarding")
class SafeguardingPagesController {

    private final SafeguardingSettings settings;

    private final Validator validator;

    SafeguardingPagesController(SafeguardingSettings settings, Validator validator) {
        this.validator = validator;
        this.settings = settings;
    }

    @GetMapping("/entitlements")
    String entitlements(CurrentUser user, Model model) {
        Settings current = settings.current();
        model.addAttribute("settings", current);
        model.addAttribute("entitlements", Prose.of(current.entitlementsText()));
        model.addAttribute("prevent", Prose.of(current.preventText()));
        model.addAttribute("britishValues", Prose.of(current.britishValuesText()));
        model.addAttribute("canChange", settings.canChange(user));
        return "safeguarding/entitlements";
    }

    @GetMapping("/settings")
    String edit(CurrentUser user, Model model) {
        if (!settings.canChange(user)) {
            throw new AccessDeniedException("Only administrators change the safeguarding settings");
        }
        model.addAttribute("form", settings.current());
        return "safeguarding/settings-form";
    }

    @PostMapping("/settings")
    String change(CurrentUser user, @ModelAttribute("form") Settings form, BindingResult result, Model model) {
        if (!settings.canChange(user)) {
            throw new AccessDeniedException("Only administrators change the safeguarding settings");
        }
        try {
            FormChecks.require(validator, form);
            settings.change(user, form);
            return "redirect:/safeguarding/entitlements?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
        } catch (OptimisticLockingFailureException conflict) {
            result.reject("conflict", conflict.getMessage());
            model.addAttribute("currentVersion", settings.current().version());
        }
        return "safeguarding/settings-form";
    }
}
