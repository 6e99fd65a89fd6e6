package waypoint.enrolment.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
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

import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;
import waypoint.shared.web.Choice;

/** Recording a new price from a date (docs/domain/funding-rules.md, The price): managers and the data officer. */
@Controller
@RequestMapping("/apprenticeships/{id}/price")
class PriceController {

    /** The form as typed: a date like 1/3/2027, amounts in pounds, and the employer's size (YES, NO or empty). */
    record PriceForm(String appliesFrom, String trainingPrice, String assessmentPrice, String reason,
            String smallEmployer) {
    }

    private final ApprenticeshipLifecycle lifecycle;
    private final ApprenticeshipQueries queries;

    PriceController(ApprenticeshipLifecycle lifecycle, ApprenticeshipQueries queries) {
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, new PriceForm(null, null, null, null, null), model);
    }

    @PostMapping
    String record(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") PriceForm form,
            BindingResult result, Model model) {
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            var from = form.appliesFrom() == null || form.appliesFrom().isBlank() ? null
                    : DateText.parse(form.appliesFrom()).orElseGet(() -> {
                        errors.put("appliesFrom", "Enter a real date, like 1/3/2027");
                        return null;
                    });
            BigDecimal training = pounds(form.trainingPrice(), "trainingPrice", errors);
            BigDecimal assessment = pounds(form.assessmentPrice(), "assessmentPrice", errors);
            if (!errors.isEmpty()) {
                throw new FieldValidationException(errors);
            }
            Boolean small = "YES".equals(form.smallEmployer()) ? Boolean.TRUE
                    : "NO".equals(form.smallEmployer()) ? Boolean.FALSE : null;
            lifecycle.changePrice(user, id, new ApprenticeshipLifecycle.PriceRequest(from, training, assessment,
                    form.reason(), small));
            return "redirect:/apprenticeships/" + id + "?saved#price";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return page(user, id, form, model);
        }
    }

    private static BigDecimal pounds(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("£", ""));
        } catch (NumberFormatException notANumber) {
            errors.put(field, "Enter an amount in pounds, like 9000 or 9000.50");
            return null;
        }
    }

    private String page(CurrentUser user, UUID id, PriceForm form, Model model) {
        model.addAttribute("a", queries.view(user, id));
        if (!lifecycle.mayChangePrice(user, id)) {
            throw new AccessDeniedException("Only managers and the data officer change an apprenticeship's price");
        }
        model.addAttribute("form", form);
        model.addAttribute("prices", lifecycle.prices(user, id));
        model.addAttribute("smallEmployerChoices", List.of(new Choice("YES", "Yes"), new Choice("NO", "No")));
        return "enrolment/price-form";
    }
}
