package waypoint.enrolment.web;

import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipView;
import waypoint.enrolment.internal.apprenticeship.TransitionRefusedException;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;

/**
 * Staff who manage an apprenticeship unit record how it ended: the provider's test, passed, and the employer's
 * validation of it (docs/domain/programme-types.md). The aggregate refuses it for any other programme type.
 */
@Controller
class UnitCompletionController {

    private final ApprenticeshipQueries queries;
    private final ApprenticeshipLifecycle lifecycle;
    private final ApprenticeshipAccess access;
    private final Validator validator;

    UnitCompletionController(ApprenticeshipQueries queries, ApprenticeshipLifecycle lifecycle,
            ApprenticeshipAccess access, Validator validator) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.access = access;
        this.validator = validator;
    }

    @GetMapping("/apprenticeships/{id}/unit-completion")
    String form(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        ApprenticeshipView view = managed(user, id);
        model.addAttribute("form", UnitCompletionForm.at(view.version()));
        return page(model, view);
    }

    @PostMapping("/apprenticeships/{id}/unit-completion")
    String save(CurrentUser user, @PathVariable ApprenticeshipId id, @ModelAttribute("form") UnitCompletionForm form,
            BindingResult result, Model model) {
        ApprenticeshipView view = managed(user, id);
        if (FormChecks.check(validator, result)) {
            try {
                lifecycle.completeUnit(user, id, form.assessment(), form.version());
                return "redirect:/apprenticeships/" + id + "?changed=unit-completion";
            } catch (FieldValidationException invalid) {
                FormErrors.reject(result, invalid);
            } catch (TransitionRefusedException refused) {
                result.reject("refused", refused.getMessage());
            } catch (OptimisticLockingFailureException meanwhile) {
                result.reject("changed", "Someone else changed this apprenticeship while you were on this page:"
                        + " check it, then send this again if it is still right");
            }
        }
        return page(model, view);
    }

    private ApprenticeshipView managed(CurrentUser user, ApprenticeshipId id) {
        ApprenticeshipView view = queries.view(user, id);
        if (!access.canManage(user, id)) {
            throw new org.springframework.security.access.AccessDeniedException("Not yours to change");
        }
        return view;
    }

    private static String page(Model model, ApprenticeshipView view) {
        model.addAttribute("a", view);
        return "enrolment/unit-completion";
    }
}
