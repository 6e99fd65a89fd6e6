package waypoint.enrolment.web;

import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.EmploymentLists.Benefits;
import waypoint.enrolment.EmploymentLists.EmpStat;
import waypoint.enrolment.EmploymentLists.LengthOfEmployment;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.Choice;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/** Recording the apprentice's employment status from a date (docs/domain/ilr.md, "Employment status"). */
@Controller
@RequestMapping("/apprenticeships/{id}/employment-status")
class EmploymentStatusController {

    private final ApprenticeshipLifecycle lifecycle;
    private final ApprenticeshipQueries queries;
    private final Validator validator;

    EmploymentStatusController(ApprenticeshipLifecycle lifecycle, ApprenticeshipQueries queries,
            Validator validator) {
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.validator = validator;
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        return page(user, id, EmploymentStatusForm.blank(), model);
    }

    @PostMapping
    String record(CurrentUser user, @PathVariable ApprenticeshipId id,
            @ModelAttribute("form") EmploymentStatusForm form,
            BindingResult result, Model model) {
        if (!FormChecks.check(validator, result)) {
            return page(user, id, form, model);
        }
        try {
            lifecycle.recordEmploymentStatus(user, id, form.request());
            return "redirect:/apprenticeships/" + id + "?saved#employment";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return page(user, id, form, model);
        }
    }

    private String page(CurrentUser user, ApprenticeshipId id, EmploymentStatusForm form, Model model) {
        model.addAttribute("a", queries.view(user, id));
        if (!lifecycle.mayRecordEmployment(user, id)) {
            throw new AccessDeniedException("Only staff working on this apprenticeship record its employment status");
        }
        model.addAttribute("form", form);
        model.addAttribute("statusChoices", Choice.of(EmpStat.values(), EmpStat::label));
        model.addAttribute("lengthChoices", Choice.of(LengthOfEmployment.values(), LengthOfEmployment::label));
        model.addAttribute("benefitChoices", Choice.of(Benefits.values(), Benefits::label));
        return "enrolment/employment-status-form";
    }
}
