package waypoint.enrolment.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.enrolment.EmploymentLists.Benefits;
import waypoint.enrolment.EmploymentLists.EmpStat;
import waypoint.enrolment.EmploymentLists.LengthOfEmployment;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.EmploymentRequest;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;

/** Recording the apprentice's employment status from a date (docs/domain/ilr.md, "Employment status"). */
@Controller
@RequestMapping("/apprenticeships/{id}/employment-status")
class EmploymentStatusController {

    /** A choice of a select: the value sent and the words shown. */
    record Option(String value, String text) {
    }

    /** The form as typed: a date like 2025-08-01 or 1/8/2025, and the names of the choices. */
    record EmploymentForm(String appliesFrom, String status, String lengthOfEmployment, String benefits) {
    }

    private final ApprenticeshipLifecycle lifecycle;
    private final ApprenticeshipQueries queries;

    EmploymentStatusController(ApprenticeshipLifecycle lifecycle, ApprenticeshipQueries queries) {
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, new EmploymentForm(null, null, null, null), model);
    }

    @PostMapping
    String record(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") EmploymentForm form,
            BindingResult result, Model model) {
        try {
            var from = form.appliesFrom() == null || form.appliesFrom().isBlank() ? null
                    : DateText.parse(form.appliesFrom()).orElseThrow(() -> new FieldValidationException(
                            "appliesFrom", "Enter a real date, like 1/8/2025"));
            lifecycle.recordEmploymentStatus(user, id, new EmploymentRequest(from, parse(EmpStat.class, form.status()),
                    parse(LengthOfEmployment.class, form.lengthOfEmployment()),
                    parse(Benefits.class, form.benefits())));
            return "redirect:/apprenticeships/" + id + "?saved#employment";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return page(user, id, form, model);
        }
    }

    private String page(CurrentUser user, UUID id, EmploymentForm form, Model model) {
        model.addAttribute("a", queries.view(user, id));
        if (!lifecycle.mayRecordEmployment(user, id)) {
            throw new AccessDeniedException("Only staff working on this apprenticeship record its employment status");
        }
        model.addAttribute("form", form);
        model.addAttribute("statusChoices", options(EmpStat.class, EmpStat::label));
        model.addAttribute("lengthChoices", options(LengthOfEmployment.class, LengthOfEmployment::label));
        model.addAttribute("benefitChoices", options(Benefits.class, Benefits::label));
        return "enrolment/employment-status-form";
    }

    private static <E extends Enum<E>> List<Option> options(Class<E> type, Function<E, String> text) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Option(e.name(), text.apply(e))).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null || value.isBlank() ? null : Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }
}
