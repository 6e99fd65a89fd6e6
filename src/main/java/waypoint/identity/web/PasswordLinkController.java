package waypoint.identity.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.identity.AccountSummary;
import waypoint.identity.Invitations;
import waypoint.identity.internal.PasswordRules;
import waypoint.identity.internal.Passwords;
import waypoint.identity.internal.UnusableLinkException;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/**
 * The pages an emailed link opens: set a first password from an invitation, or a new one after a reset request.
 * Both work the same way; only the words differ. A link that no longer works gets a page saying what to do next.
 */
@Controller
class PasswordLinkController {

    /** The two kinds of link, with their addresses and words. */
    enum Kind {
        INVITATION("/account/set-password", "Create your password", "/sign-in?password-set",
                Invitations.INVITATION_LIFETIME),
        RESET("/account/reset-password/new", "Choose a new password", "/sign-in?password-reset",
                Invitations.RESET_LIFETIME);

        final String path;
        final String heading;
        final String afterwards;
        final Duration lifetime;

        Kind(String path, String heading, String afterwards, Duration lifetime) {
            this.path = path;
            this.heading = heading;
            this.afterwards = afterwards;
            this.lifetime = lifetime;
        }

        public String lifetime() {
            return Lifetimes.describe(lifetime);
        }

        public String path() {
            return path;
        }

        public String heading() {
            return heading;
        }

        public boolean isInvitation() {
            return this == INVITATION;
        }
    }

    /** The link's token, and the new password twice, as typed. */
    record NewPasswordForm(String token, @PasswordRules.Acceptable String password,
            @NotEmpty(message = PasswordRules.ENTER_CONFIRMATION) String confirmPassword) {
    }

    private final Passwords passwords;
    private final Validator validator;

    PasswordLinkController(Passwords passwords, Validator validator) {
        this.passwords = passwords;
        this.validator = validator;
    }

    @GetMapping("/account/set-password")
    String setPassword(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return form(Kind.INVITATION, token, model, response);
    }

    @PostMapping("/account/set-password")
    String setPassword(@ModelAttribute("form") NewPasswordForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        return submit(Kind.INVITATION, form, result, model, response);
    }

    @GetMapping("/account/reset-password/new")
    String resetPassword(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return form(Kind.RESET, token, model, response);
    }

    @PostMapping("/account/reset-password/new")
    String resetPassword(@ModelAttribute("form") NewPasswordForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        return submit(Kind.RESET, form, result, model, response);
    }

    private String form(Kind kind, String token, Model model, HttpServletResponse response) {
        return passwords.holderOfLink(token)
                .map(holder -> page(kind, holder, new NewPasswordForm(token, "", ""), model))
                .orElseGet(() -> unusable(kind, model, response));
    }

    private String submit(Kind kind, NewPasswordForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        if (!FormChecks.check(validator, result)) {
            return passwords.holderOfLink(form.token())
                    .map(holder -> page(kind, holder, null, model))
                    .orElseGet(() -> unusable(kind, model, response));
        }
        try {
            passwords.setWithLink(form.token(), form.password(), form.confirmPassword());
            return "redirect:" + kind.afterwards;
        } catch (FieldValidationException e) {
            FormErrors.reject(result, e);
            return passwords.holderOfLink(form.token())
                    .map(holder -> page(kind, holder, null, model))
                    .orElseGet(() -> unusable(kind, model, response));
        } catch (UnusableLinkException e) {
            return unusable(kind, model, response);
        }
    }

    private String page(Kind kind, AccountSummary holder, NewPasswordForm form, Model model) {
        if (form != null) {
            model.addAttribute("form", form);
        }
        model.addAttribute("kind", kind);
        model.addAttribute("holder", holder);
        model.addAttribute("minimumLength", PasswordRules.MINIMUM_LENGTH);
        return "identity/new-password";
    }

    private String unusable(Kind kind, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("kind", kind);
        return "identity/link-expired";
    }
}
