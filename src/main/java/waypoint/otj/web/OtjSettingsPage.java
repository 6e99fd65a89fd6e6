package waypoint.otj.web;

import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.identity.CurrentUser;
import waypoint.otj.internal.OtjSettings;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * Administrators set the pace thresholds (when an apprenticeship turns amber and red) and the provider's own
 * activity types. What was typed comes back with the errors; nothing saved is lost.
 */
@Controller
class OtjSettingsPage {

    private final OtjSettings settings;
    private final Validator validator;

    OtjSettingsPage(OtjSettings settings, Validator validator) {
        this.settings = settings;
        this.validator = validator;
    }

    @GetMapping("/off-the-job/settings")
    String show(CurrentUser user, Model model) {
        requireAdministrator(user);
        var thresholds = settings.current().thresholds();
        return page(model, String.valueOf(thresholds.amberBelowPercent()),
                String.valueOf(thresholds.redBelowPercent()), "", Map.of());
    }

    @PostMapping("/off-the-job/settings")
    String changeThresholds(CurrentUser user, @RequestParam(required = false) String amberBelowPercent,
            @RequestParam(required = false) String redBelowPercent, Model model, RedirectAttributes redirect) {
        requireAdministrator(user);
        ThresholdsForm form = new ThresholdsForm(amberBelowPercent, redBelowPercent);
        try {
            FormChecks.require(validator, form);
            settings.changeThresholds(user, form.amber(), form.red());
        } catch (FieldValidationException invalid) {
            return page(model, amberBelowPercent, redBelowPercent, "", invalid.errors());
        }
        redirect.addFlashAttribute("saved", "Thresholds saved: every pace status now uses them");
        return "redirect:/off-the-job/settings";
    }

    @PostMapping("/off-the-job/settings/activity-types")
    String addType(CurrentUser user, @RequestParam(required = false) String name, Model model,
            RedirectAttributes redirect) {
        requireAdministrator(user);
        try {
            settings.addActivityType(user, name);
        } catch (FieldValidationException invalid) {
            var thresholds = settings.current().thresholds();
            return page(model, String.valueOf(thresholds.amberBelowPercent()),
                    String.valueOf(thresholds.redBelowPercent()), name, invalid.errors());
        }
        redirect.addFlashAttribute("saved", "Activity type added: learners can choose it now");
        return "redirect:/off-the-job/settings";
    }

    @PostMapping("/off-the-job/settings/activity-types/{code}")
    String retire(CurrentUser user, @PathVariable String code, @RequestParam(defaultValue = "true") boolean retired,
            RedirectAttributes redirect) {
        settings.retireActivityType(user, code, retired);
        redirect.addFlashAttribute("saved", retired ? "Activity type retired: no longer offered for new entries"
                : "Activity type offered again");
        return "redirect:/off-the-job/settings";
    }

    private String page(Model model, String amber, String red, String name, Map<String, String> errors) {
        model.addAttribute("amberBelowPercent", amber);
        model.addAttribute("redBelowPercent", red);
        model.addAttribute("name", name);
        model.addAttribute("types", settings.current().activityTypes());
        model.addAttribute("errors", errors);
        return "otj/settings";
    }

    private static void requireAdministrator(CurrentUser user) {
        OtjSettings.requireAdministrator(user);
    }
}
