package waypoint.feedback.web;

import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.feedback.internal.SettingsChanges;
import waypoint.feedback.internal.FeedbackSettings;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/** The provider's feedback timings and the funding body's complaints details (quality role and administrators). */
@Controller
@RequestMapping("/feedback/settings")
class SettingsController {

    private final SettingsChanges settingsChanges;

    private final Validator validator;

    SettingsController(SettingsChanges settingsChanges, Validator validator) {
        this.validator = validator;
        this.settingsChanges = settingsChanges;
    }

    /** The settings as typed, so a figure that is not a number comes back with an error, not a 400. */
    record SettingsForm(String acknowledgeWorkingDays, String stage2ResponseWorkingDays,
            String stage3ResponseWorkingDays, String stage2QuietMonths, String escalationMonths,
            String suggestionResponseWorkingDays, String appealWindowDays, String nearDeadlineWorkingDays,
            String fundingBodyDetails, String version) {

        static SettingsForm of(FeedbackSettings s) {
            return new SettingsForm("" + s.acknowledgeWorkingDays(), "" + s.stage2ResponseWorkingDays(),
                    "" + s.stage3ResponseWorkingDays(), "" + s.stage2QuietMonths(), "" + s.escalationMonths(),
                    "" + s.suggestionResponseWorkingDays(), "" + s.appealWindowDays(),
                    "" + s.nearDeadlineWorkingDays(), s.fundingBodyDetails(), "" + s.version());
        }

        FeedbackSettings settings() {
            return new FeedbackSettings(number(acknowledgeWorkingDays), number(stage2ResponseWorkingDays),
                    number(stage3ResponseWorkingDays), number(stage2QuietMonths), number(escalationMonths),
                    number(suggestionResponseWorkingDays), number(appealWindowDays),
                    number(nearDeadlineWorkingDays), fundingBodyDetails, number(version));
        }

        /** Not a whole number reads as -1, which every range check refuses with its own message. */
        private static int number(String text) {
            try {
                return Integer.parseInt(text == null ? "" : text.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    @GetMapping
    String form(CurrentUser user, Model model) {
        model.addAttribute("form", SettingsForm.of(settingsChanges.settings(user)));
        return "feedback/settings";
    }

    @PostMapping
    String save(CurrentUser user, @ModelAttribute("form") SettingsForm form, BindingResult result, Model model) {
        try {
            settingsChanges.settings(user);
            FormChecks.require(validator, form.settings());
            settingsChanges.changeSettings(user, form.settings());
            return "redirect:/feedback/settings?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
        } catch (OptimisticLockingFailureException changed) {
            FormErrors.reject(result, new FieldValidationException(Map.of("form",
                    "Someone else changed the settings meanwhile: what you typed is kept; check and save again.")));
        }
        return "feedback/settings";
    }
}
