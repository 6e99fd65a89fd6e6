package waypoint.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.shared.web.FormErrors;
import waypoint.identity.CurrentUser;
import waypoint.identity.internal.PasswordRules;
import waypoint.identity.internal.Passwords;
import waypoint.shared.web.FieldValidationException;

/** A signed-in person changes their password, giving the current one first. */
@Controller
class ChangePasswordController {

    record ChangePasswordForm(String currentPassword, String password, String confirmPassword) {
    }

    private final Passwords passwords;

    ChangePasswordController(Passwords passwords) {
        this.passwords = passwords;
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
