package waypoint.reporting.web;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalAccess;
import waypoint.identity.ExternalGrant;
import waypoint.identity.ExternalKind;
import waypoint.identity.NewExternalGrant;
import waypoint.identity.ExternalAccessRefused;
import waypoint.reporting.internal.external.ExternalScopes;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;
import waypoint.shared.web.PageOf;

/**
 * Access for people outside the provider (docs/domain/external-access.md): administrators list the grants, give one
 * (to a funding audit sample, a standard or named apprentices, with an end date, which invites the person by email),
 * end one at any time, and open what its holder has viewed in the audit trail.
 */
@Controller
@RequestMapping("/admin/external-access")
class ExternalAccessPages {

    private final ExternalAccess access;
    private final ExternalScopes scopes;

    ExternalAccessPages(ExternalAccess access, ExternalScopes scopes) {
        this.access = access;
        this.scopes = scopes;
    }

    /** The form as typed: every field as text, so a wrong one comes back as it was with its message. */
    record GrantForm(String personName, String email, String organisation, String kind, String scopeKind,
            String sample, String standard, String ulns, String startsOn, String endsOn) {

        static GrantForm blank() {
            return new GrantForm("", "", "", "", "", "", "", "", "", "");
        }

        ExternalKind chosenKind() {
            return Arrays.stream(ExternalKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        }
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        int number = Math.max(0, page);
        model.addAttribute("grants", new PageOf<>(access.newest(user, number * PageOf.DEFAULT_SIZE,
                PageOf.DEFAULT_SIZE), number, PageOf.DEFAULT_SIZE, access.count(user)));
        model.addAttribute("baseUrl", "/admin/external-access");
        return "reporting/external-access";
    }

    @GetMapping("/new")
    String form(CurrentUser user, Model model) {
        return form(user, GrantForm.blank(), model);
    }

    private String form(CurrentUser user, GrantForm form, Model model) {
        requireAdministrator(user);
        model.addAttribute("form", form);
        model.addAttribute("kinds", ExternalKind.values());
        model.addAttribute("samples", scopes.samples(user));
        model.addAttribute("standards", scopes.standards());
        return "reporting/external-access-new";
    }

    @PostMapping
    String grant(CurrentUser user, @ModelAttribute("form") GrantForm form, BindingResult result, Model model) {
        requireAdministrator(user);
        try {
            NewExternalGrant request = scopes.checked(user, new ExternalScopes.Asked(form.personName(), form.email(),
                    form.organisation(), form.chosenKind(), form.scopeKind(), form.sample(), form.standard(),
                    form.ulns(), DateText.parse(form.startsOn()).orElse(null),
                    DateText.parse(form.endsOn()).orElse(null)));
            ExternalAccess.Given given = access.grant(user, request);
            return "redirect:/admin/external-access/" + given.grant().id() + "?granted="
                    + (given.invitationSent() ? given.addedToExistingAccount() ? "invited-again" : "invited"
                            : "added");
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid, Map.of("scope", "scopeKind"));
        }
        return form(user, form, model);
    }

    @GetMapping("/{id}")
    String view(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String granted,
            Model model) {
        ExternalGrant grant = access.find(user, id);
        model.addAttribute("grant", grant);
        model.addAttribute("granted", granted == null ? null : switch (granted) {
            case "added" -> "Access added to the account they already have: they sign in as before, so no invitation"
                    + " was sent";
            case "invited-again" -> "Access added to the account they already have; they have not set a password"
                    + " yet, so we have emailed them a new invitation";
            default -> "Access given: we have emailed them an invitation to set a password";
        });
        model.addAttribute("theirGrants", access.grantsOf(user, grant.accountId()));
        model.addAttribute("viewsUrl", UriComponentsBuilder.fromPath("/admin/audit")
                .queryParam("actor", grant.email()).queryParam("action", "VIEWED").build().encode().toUriString());
        return "reporting/external-access-grant";
    }

    @PostMapping("/{id}/end")
    String end(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            access.end(user, id);
            redirect.addFlashAttribute("notice", "Their access has ended: they can no longer sign in or open"
                    + " anything");
        } catch (ExternalAccessRefused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/external-access/" + id;
    }

    private void requireAdministrator(CurrentUser user) {
        if (!access.canAdminister(user)) {
            throw new AccessDeniedException("Only an administrator may give access to people outside the provider");
        }
    }
}
