package waypoint.organisation.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.ProviderDetails;
import waypoint.organisation.ProviderProfile;
import waypoint.organisation.internal.provider.ProviderPolicy;
import waypoint.organisation.internal.provider.ProviderService;
import waypoint.shared.web.FieldValidationException;

/** The provider's details, job titles and planning policy, kept by administrators. */
@Controller
@RequestMapping("/admin/provider")
class ProviderController {

    static final List<Role> STAFF_ROLES = Arrays.stream(Role.values()).filter(Role::isStaff).toList();

    private final ProviderProfile profile;
    private final ProviderService service;
    private final ProviderPolicy policy;
    private final Validator validator;

    ProviderController(ProviderProfile profile, ProviderService service, ProviderPolicy policy, Validator validator) {
        this.validator = validator;
        this.profile = profile;
        this.service = service;
        this.policy = policy;
    }

    @GetMapping
    String view(CurrentUser user, Model model) {
        requireAdministrator(user);
        model.addAttribute("provider", profile.details().orElse(null));
        model.addAttribute("planningPolicy", profile.planningPolicy());
        model.addAttribute("staffRoles", STAFF_ROLES);
        return "organisation/provider";
    }

    @GetMapping("/edit")
    String edit(CurrentUser user, Model model) {
        requireAdministrator(user);
        model.addAttribute("form", profile.details()
                .orElse(new ProviderDetails(null, null, null, null, null, null, null, null)));
        return "organisation/provider-form";
    }

    @PostMapping("/edit")
    String save(CurrentUser user, @ModelAttribute("form") ProviderDetails form, BindingResult result) {
        try {
            service.change(user, form);
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return "organisation/provider-form";
        }
        return "redirect:/admin/provider?saved";
    }

    @GetMapping("/job-titles")
    String jobTitles(CurrentUser user, Model model) {
        requireAdministrator(user);
        model.addAttribute("staffRoles", STAFF_ROLES);
        model.addAttribute("typed", Map.of());
        model.addAttribute("errors", Map.of());
        return "organisation/job-titles-form";
    }

    /** One text box per staff role, named by the role; a blank box goes back to the role's default title. */
    @PostMapping("/job-titles")
    String saveJobTitles(CurrentUser user, @RequestParam Map<String, String> params, Model model) {
        Map<Role, String> titles = new EnumMap<>(Role.class);
        Map<String, String> typed = new LinkedHashMap<>();
        for (Role role : STAFF_ROLES) {
            String title = params.getOrDefault(role.name(), "");
            titles.put(role, title);
            typed.put(role.name(), title);
        }
        try {
            service.changeJobTitles(user, titles);
        } catch (FieldValidationException invalid) {
            model.addAttribute("staffRoles", STAFF_ROLES);
            model.addAttribute("typed", typed);
            model.addAttribute("errors", invalid.errors());
            return "organisation/job-titles-form";
        }
        return "redirect:/admin/provider?saved";
    }

    @GetMapping("/planning-policy")
    String planningPolicy(CurrentUser user, Model model) {
        requireAdministrator(user);
        if (profile.details().isEmpty()) {
            return "redirect:/admin/provider/edit";
        }
        model.addAttribute("form", PlanningPolicyForm.of(profile.planningPolicy()));
        return "organisation/planning-policy-form";
    }

    @PostMapping("/planning-policy")
    String savePlanningPolicy(CurrentUser user, @ModelAttribute("form") PlanningPolicyForm form, BindingResult result) {
        requireAdministrator(user);
        try {
            if (FormChecks.check(validator, result)) {
                service.changePlanningPolicy(user, form.policy());
                return "redirect:/admin/provider?saved=policy";
            }
            // what is wrong with the other setting is told at once, not after the text is put right
            ProviderService.requireWithinRules(form.policy());
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
        }
        return "organisation/planning-policy-form";
    }

    private void requireAdministrator(CurrentUser user) {
        if (!policy.canChange(user)) {
            throw new AccessDeniedException("The provider's settings are for administrators");
        }
    }
}
