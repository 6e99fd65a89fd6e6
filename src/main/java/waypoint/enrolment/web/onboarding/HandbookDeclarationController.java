package waypoint.enrolment.web.onboarding;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.internal.onboarding.OnboardingService;
import waypoint.enrolment.internal.onboarding.SignatureService;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.ProviderProfile;
import waypoint.shared.web.FieldValidationException;

/**
 * The learner's handbook declaration (the learner handbook, “Key contact information & declaration”): the key contacts,
 * then “I have read and understood the content of this booklet”, signed by the learner.
 */
@Controller
class HandbookDeclarationController {

    private final SignatureService signatures;
    private final OnboardingService onboarding;
    private final ProviderProfile provider;

    HandbookDeclarationController(SignatureService signatures, OnboardingService onboarding, ProviderProfile provider) {
        this.signatures = signatures;
        this.onboarding = onboarding;
        this.provider = provider;
    }

    @GetMapping("/apprenticeships/{id}/onboarding/declaration")
    String page(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        PageErrors.none(model);
        OnboardingService.TaskList list = onboarding.taskList(user, id);
        model.addAttribute("list", list);
        var declaration = signatures.declaration(user, id);
        var handbook = signatures.currentHandbook();
        model.addAttribute("signature", declaration.map(SignatureService.Declaration::signature).orElse(null));
        model.addAttribute("signedHandbook", declaration.flatMap(SignatureService.Declaration::handbook).orElse(null));
        model.addAttribute("handbook", handbook.orElse(null));
        model.addAttribute("declaration", SignatureService.declarationText(list.apprenticeship(),
                declaration.isPresent() ? declaration.get().handbook() : handbook));
        model.addAttribute("safeguardingOfficers", provider.staffWithRole(Role.SAFEGUARDING_LEAD));
        model.addAttribute("provider", provider.details().orElse(null));
        if (!model.containsAttribute("fullName")) {
            model.addAttribute("fullName", "");
        }
        return "enrolment/onboarding/declaration";
    }

    @PostMapping("/apprenticeships/{id}/onboarding/declaration")
    String sign(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(required = false) String fullName,
            @RequestParam(required = false) Integer handbookVersion, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        try {
            signatures.signDeclaration(user, id, handbookVersion, fullName, ClientAddress.of(request));
        } catch (FieldValidationException invalid) {
            PageErrors.add(model, invalid);
            model.addAttribute("fullName", fullName);
            return page(user, id, model);
        }
        redirect.addFlashAttribute("saved", "You signed the handbook declaration");
        return "redirect:/apprenticeships/" + id + "/onboarding/declaration";
    }
}
