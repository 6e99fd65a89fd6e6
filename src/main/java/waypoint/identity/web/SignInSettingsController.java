package waypoint.identity.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.internal.AccountPolicy;
import waypoint.identity.internal.FirstSignOnAccounts;
import waypoint.identity.internal.SignInSettings;
import waypoint.shared.NotFoundException;
import waypoint.shared.validation.RequiredWhen;
import waypoint.shared.web.Choice;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/** An administrator chooses which roles must have a second factor (docs/domain/sign-in.md). */
@Controller
class SignInSettingsController {

    private final SignInSettings settings;
    private final AccountPolicy policy;
    private final Validator validator;

    SignInSettingsController(SignInSettings settings, AccountPolicy policy, Validator validator) {
        this.settings = settings;
        this.policy = policy;
        this.validator = validator;
    }

    static final String IDLE_RANGE = "Enter a number of minutes from " + SignInSettings.IDLE_MINIMUM + " to "
            + SignInSettings.IDLE_MAXIMUM;
    static final String ABSOLUTE_RANGE = "Enter a number of hours from " + SignInSettings.ABSOLUTE_MINIMUM + " to "
            + SignInSettings.ABSOLUTE_MAXIMUM;

    /** How long sessions last, as typed: whole minutes idle and whole hours in all, each within its range. */
    record LifetimesForm(
            @NotBlank(message = IDLE_RANGE) @Pattern(regexp = "\\d{1,6}", message = IDLE_RANGE)
            @Min(value = SignInSettings.IDLE_MINIMUM, message = IDLE_RANGE)
            @Max(value = SignInSettings.IDLE_MAXIMUM, message = IDLE_RANGE) String idleMinutes,
            @NotBlank(message = ABSOLUTE_RANGE) @Pattern(regexp = "\\d{1,6}", message = ABSOLUTE_RANGE)
            @Min(value = SignInSettings.ABSOLUTE_MINIMUM, message = ABSOLUTE_RANGE)
            @Max(value = SignInSettings.ABSOLUTE_MAXIMUM, message = ABSOLUTE_RANGE) String absoluteHours) {

        LifetimesForm {
            idleMinutes = idleMinutes == null ? null : idleMinutes.strip();
            absoluteHours = absoluteHours == null ? null : absoluteHours.strip();
        }
    }

    /**
     * Whether a first single sign-on creates a staff account ("yes" or "no"), the role given (a role's name) and the
     * email domains allowed, as typed (docs/domain/sign-in.md, "Accounts on first single sign-on").
     */
    @RequiredWhen(field = "role", when = "createAccounts", is = "yes", message = ROLE_CHOICE)
    record FirstSignOnForm(
            @NotBlank(message = FIRST_SIGN_ON_CHOICE)
            @Pattern(regexp = "yes|no", message = FIRST_SIGN_ON_CHOICE) String createAccounts,
            @Pattern(regexp = FirstSignOnAccounts.ROLE_NAMES, message = ROLE_CHOICE) String role,
            @Size(max = 2000, message = "Enter 2,000 characters or fewer") String domains) {

        static FirstSignOnForm of(FirstSignOnAccounts setting) {
            return new FirstSignOnForm(setting.on() ? "yes" : "no",
                    setting.role() == null ? null : setting.role().name(), setting.domainsText());
        }

        boolean on() {
            return "yes".equals(createAccounts);
        }

        Role chosenRole() {
            return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
        }
    }

    static final String FIRST_SIGN_ON_CHOICE = "Select yes if a first single sign-on should create a staff account";
    static final String ROLE_CHOICE = "Select the role to give: tutor or lead";

    @GetMapping("/admin/sign-in-settings")
    String view(CurrentUser user, Model model) {
        return page(user, model);
    }

    @PostMapping("/admin/sign-in-settings/first-sign-on")
    String firstSignOn(CurrentUser user, @ModelAttribute("firstSignOn") FirstSignOnForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        requireAdministrator(user);
        FormChecks.check(validator, result);
        List<String> domains = List.of();
        if (form.on() && !result.hasFieldErrors("domains")) {
            try {
                domains = FirstSignOnAccounts.domainsIn(form.domains());
            } catch (FieldValidationException wrong) {
                FormErrors.reject(result, wrong);
            }
        }
        if (result.hasErrors()) {
            return page(user, model);
        }
        settings.changeFirstSignOnAccounts(user, form.on()
                ? new FirstSignOnAccounts(true, form.chosenRole(), domains) : FirstSignOnAccounts.off());
        redirect.addFlashAttribute("notice", form.on()
                ? "A first single sign-on from the email domains you listed will now create a staff account"
                : "A first single sign-on no longer creates an account: administrators add every account");
        return "redirect:/admin/sign-in-settings";
    }

    @PostMapping("/admin/sign-in-settings/sessions")
    String lifetimes(CurrentUser user, @ModelAttribute("lifetimes") LifetimesForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        requireAdministrator(user);
        if (!FormChecks.check(validator, result)) {
            return page(user, model);
        }
        settings.changeLifetimes(user, Integer.parseInt(form.idleMinutes()), Integer.parseInt(form.absoluteHours()));
        redirect.addFlashAttribute("notice", "Sessions that begin from now on will last as you set");
        return "redirect:/admin/sign-in-settings";
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
        model.addAttribute("createAccountsChoices", List.of(new Choice("yes", "Yes"),
                new Choice("no", "No, an administrator adds every account")));
        model.addAttribute("firstSignOnRoles", Choice.of(FirstSignOnAccounts.ROLES.stream().sorted().toList(),
                Role::label));
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
