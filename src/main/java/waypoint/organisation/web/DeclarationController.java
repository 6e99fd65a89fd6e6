package waypoint.organisation.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.organisation.LearnerId;
import waypoint.shared.web.FormErrors;
import waypoint.identity.CurrentUser;
import waypoint.organisation.internal.learner.DeclarationService;
import waypoint.organisation.internal.learner.Declarations;
import waypoint.organisation.internal.learner.LearnerService;
import waypoint.shared.web.FieldValidationException;

/** A learner's sensitive declarations, on pages of their own: each view is audited. */
@Controller
@RequestMapping("/learners/{id}/declarations")
class DeclarationController {

    private final DeclarationService declarations;
    private final LearnerService learners;

    DeclarationController(DeclarationService declarations, LearnerService learners) {
        this.declarations = declarations;
        this.learners = learners;
    }

    @GetMapping
    String view(CurrentUser user, @PathVariable LearnerId id, Model model) {
        model.addAttribute("declarations", declarations.view(user, id));
        model.addAttribute("learner", learners.view(user, id));
        return "organisation/declarations";
    }

    @GetMapping("/edit")
    String edit(CurrentUser user, @PathVariable LearnerId id, Model model) {
        return form(user, id, model, DeclarationForm.of(declarations.view(user, id)));
    }

    @PostMapping("/edit")
    String change(CurrentUser user, @PathVariable LearnerId id, @ModelAttribute("form") DeclarationForm form,
            BindingResult result, Model model) {
        try {
            declarations.change(user, id, form.details(), form.reason());
            return "redirect:/learners/" + id + "/declarations?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return form(user, id, model, form);
        }
    }

    private String form(CurrentUser user, LearnerId id, Model model, DeclarationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("learner", learners.view(user, id));
        model.addAttribute("healthChoices", Enums.choices(Declarations.HealthDeclaration.class, e -> e.label()));
        model.addAttribute("ethnicityChoices", Enums.choices(Declarations.Ethnicity.class, e -> e.label()));
        model.addAttribute("sexChoices", Enums.choices(Declarations.Sex.class, e -> e.label()));
        model.addAttribute("religionChoices", Enums.choices(Declarations.Religion.class, e -> e.label()));
        model.addAttribute("orientationChoices", Enums.choices(Declarations.SexualOrientation.class, e -> e.label()));
        return "organisation/declarations-form";
    }
}
