package waypoint.identity.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;

import waypoint.identity.internal.AccountPolicy;
import waypoint.identity.internal.FirstSignOnAccounts;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;
import waypoint.identity.internal.SignInSettings;
import waypoint.shared.NotFoundException;

/** An administrator chooses which roles must have a second factor (docs/domain/sign-in.md). */
@Controller
class SignInSettingsController {

    private final SignInSettings settings;
    private final AccountPolicy policy;

    SignInSettingsController(SignInSettings settings, AccountPolicy policy) {
        this.settings = settings;
        this.policy = policy;
    }

    record LifetimesForm(String idleMinutes, String absoluteHours) {
    }

    /**
     * Whether a first single sign-on creates a staff account ("yes" or "no"), the role given (a role's name) and the
     * email domains allowed, as typed (docs/domain/sign-in.md, "Accounts on first single sign-on").
     */
    record FirstSignOnForm(
            @NotBlank(message = FIRST_SIGN_ON_CHOICE)
            @Pattern(regexp = "yes|no", message = FIRST_SIGN_ON_CHOICE) String createAccounts,
            String role,
            @Size(max = 2000, message = "Enter 2,000 characters or fewer") String domains) {

        static FirstSignOnForm of(FirstSignOnAccounts setting) {
            return new FirstSignOnForm(setting.on() ? "yes" : "no",
                    setting.role() == null ? null : setting.role().name(), setting.domainsText());
        }

        Role chosenRole() {
            return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
        }
    }

    static final String FIRST_SIGN_ON_CHOICE = "Select yes if a first single sign-on should create a staff account";

    @GetMapping("/admin/sign-in-settings")
    String view(CurrentUser user, Model model) {
        return page(user, model);
    }

    @PostMapping("/admin/sign-in-settings/first-sign-on")
    String firstSignOn(CurrentUser user, @Valid @ModelAttribute("firstSignOn") FirstSignOnForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        requireAdministrator(user);
        if (!result.hasErrors()) {
            try {
                settings.changeFirstSignOnAccounts(user, FirstSignOnAccounts.checked(
                        "yes".equals(form.createAccounts()), form.chosenRole(), form.domains()));
            } catch (FieldValidationException e) {
                FormErrors.reject(result, e);
            }
        }
        if (result.hasErrors()) {
            return page(user, model);
        }
        redirect.addFlashAttribute("notice", "yes".equals(form.createAccounts())
                ? "A first single sign-on from the email domains you listed will now create a staff account"
                : "A first single sign-on no longer creates an account: administrators add every account");
        return "redirect:/admin/sign-in-settings";
    }

    @PostMapping("/admin/sign-in-settings/sessions")
    String lifetimes(CurrentUser user, @org.springframework.web.bind.annotation.ModelAttribute("lifetimes") LifetimesForm form,
            org.springframework.validation.BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            settings.changeLifetimes(user, number(form.idleMinutes()), number(form.absoluteHours()));
        } catch (waypoint.shared.web.FieldValidationException e) {
            waypoint.shared.web.FormErrors.reject(result, e);
            return page(user, model);
        }
        redirect.addFlashAttribute("notice", "Sessions that begin from now on will last as you set");
        return "redirect:/admin/sign-in-settings";
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void requireAdministrator(CurrentUser user) {
        if (!policy.canAdminister(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Only an administrator may change this");
        }
    }

    private String page(CurrentUser user, Model model) {
        requireAdministrator(user);
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> r != Role.EXTERNAL).toList());
        model.addAttribute("required", settings.rolesNeedingSecondFactor());
        model.addAttribute("privileged", SignInSettings.PRIVILEGED);
        model.addAttribute("firstSignOnRoles", FirstSignOnAccounts.ROLES);
        if (!model.containsAttribute("lifetimes")) {
            SignInSettings.Lifetimes lifetimes = settings.lifetimes();
            model.addAttribute("lifetimes", new LifetimesForm(String.valueOf(lifetimes.idle().toMinutes()),
                    String.valueOf(lifetimes.absolute().toHours())));
        }
        if (!model.containsAttribute("firstSignOn")) {
            model.addAttribute("firstSignOn", FirstSignOnForm.of(settings.firstSignOnAccounts()));
        }
        return "identity/admin/sign-in-settings";
    }

    @PostMapping("/admin/sign-in-settings")
    String change(CurrentUser user, @RequestParam(name = "roles", required = false) List<String> names,
            RedirectAttributes redirect) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            roles.add(Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Role")));
        }
        settings.requireSecondFactorFor(user, roles);
        redirect.addFlashAttribute("notice", roles.isEmpty() ? "No role needs a second factor now"
                : "People in the roles you chose will be asked to set up a second factor when they next sign in");
        return "redirect:/admin/sign-in-settings";
    }
}
