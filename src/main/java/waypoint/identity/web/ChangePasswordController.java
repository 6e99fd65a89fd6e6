package waypoint.identity.web;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.identity.CurrentUser;
import waypoint.identity.internal.PasswordRules;
import waypoint.identity.internal.Passwords;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/** A signed-in person changes their password, giving the current one first. */
@Controller
class ChangePasswordController {

    /** The current password, the new one and the new one again, as typed. */
    record ChangePasswordForm(
            @NotEmpty(message = "Enter your current password") String currentPassword,
            @PasswordRules.Acceptable String password,
            @NotEmpty(message = PasswordRules.ENTER_CONFIRMATION) String confirmPassword) {
    }

    private final Passwords passwords;
    private final Validator validator;

    ChangePasswordController(Passwords passwords, Validator validator) {
        this.passwords = passwords;
        this.validator = validator;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", new ChangePasswordForm("", "", ""));
        model.addAttribute("minimumLength", PasswordRules.MINIMUM_LENGTH);
        return "identity/change-password";
    }

    @PostMapping("/account/password")
    String change(CurrentUser user, @ModelAttribute("form") ChangePasswordForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!FormChecks.check(validator, result)) {
            model.addAttribute("minimumLength", PasswordRules.MINIMUM_LENGTH);
            return "identity/change-password";
        }
        try {
            passwords.changeOwn(user, form.currentPassword(), form.password(), form.confirmPassword());
            redirect.addFlashAttribute("notice", "Your password has been changed");
            return "redirect:/account";
        } catch (FieldValidationException e) {
            FormErrors.reject(result, e);
            model.addAttribute("minimumLength", PasswordRules.MINIMUM_LENGTH);
            return "identity/change-password";
        }
    }
}
