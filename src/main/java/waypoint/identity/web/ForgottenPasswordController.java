package waypoint.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import waypoint.identity.Invitations;

/**
 * "I have forgotten my password": asks for an email and always answers the same way, whether or not an account
 * has it, so the form cannot be used to find out who has an account.
 */
@Controller
class ForgottenPasswordController {

    record ResetRequestForm(
            @NotBlank(message = "Enter your email address")
            @Email(message = "Enter an email address in the correct format, like name@example.com")
            @Size(max = 254, message = "Email address must be 254 characters or fewer") String email) {
    }

    private final Invitations invitations;

    ForgottenPasswordController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/account/reset-password")
    String form(Model model) {
        model.addAttribute("form", new ResetRequestForm(""));
        return "identity/reset-password";
    }

    @PostMapping("/account/reset-password")
    String request(@Valid @ModelAttribute("form") ResetRequestForm form, BindingResult result) {
        if (result.hasErrors()) {
            return "identity/reset-password";
        }
        invitations.requestPasswordReset(form.email().strip());
        return "redirect:/account/reset-password/sent";
    }

    @GetMapping("/account/reset-password/sent")
    String sent(Model model) {
        model.addAttribute("lifetime", Lifetimes.describe(Invitations.RESET_LIFETIME));
        return "identity/reset-password-sent";
    }
}
