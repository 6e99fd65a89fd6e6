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

import waypoint.identity.CurrentUser;
import waypoint.organisation.LearnerId;
import waypoint.organisation.internal.learner.IlrDetailsService;
import waypoint.organisation.IlrLists;
import waypoint.organisation.internal.learner.LearnerService;
import waypoint.organisation.internal.learner.LearnerView;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;

/** A learner's ILR details, on pages of their own beside the declarations: each view is audited. */
@Controller
@RequestMapping("/learners/{id}/ilr")
class IlrController {

    private final IlrDetailsService ilr;
    private final LearnerService learners;

    IlrController(IlrDetailsService ilr, LearnerService learners) {
        this.ilr = ilr;
        this.learners = learners;
    }

    @GetMapping
    String view(CurrentUser user, @PathVariable LearnerId id, Model model) {
        model.addAttribute("facts", ilr.view(user, id));
        model.addAttribute("learner", learners.view(user, id));
        model.addAttribute("canChange", ilr.mayChange(user, id));
        return "organisation/ilr";
    }

    @GetMapping("/edit")
    String edit(CurrentUser user, @PathVariable LearnerId id, Model model) {
        Access.require(ilr.mayChange(user, id));
        LearnerView learner = learners.view(user, id);
        String home = learner.address() == null ? null : learner.address().postcode();
        return form(user, id, model, IlrForm.of(ilr.view(user, id), home));
    }

    @PostMapping("/edit")
    String change(CurrentUser user, @PathVariable LearnerId id, @ModelAttribute("form") IlrForm form,
            BindingResult result, Model model) {
        try {
            ilr.change(user, id, form.details());
            return "redirect:/learners/" + id + "/ilr?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return form(user, id, model, form);
        }
    }

    private String form(CurrentUser user, LearnerId id, Model model, IlrForm form) {
        model.addAttribute("form", form);
        model.addAttribute("learner", learners.view(user, id));
        model.addAttribute("priorChoices", Enums.choices(IlrLists.PriorLevel.class, e -> e.label()));
        model.addAttribute("llddChoices", Enums.choices(IlrLists.LlddCategory.class, e -> e.label()));
        model.addAttribute("restrictionChoices", Enums.choices(IlrLists.ContactRestriction.class, e -> e.label()));
        return "organisation/ilr-form";
    }
}
