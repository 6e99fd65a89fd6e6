package waypoint.enrolment.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
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

import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.enrolment.internal.payment.PaymentPlans;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;

/** Planning the employer's instalments and recording them paid (docs/domain/funding-rules.md): managers, data officer. */
@Controller
@RequestMapping("/apprenticeships/{id}/payment-plan")
class PaymentPlanController {

    /** The forms as typed: a new instalment, or the date one was paid. */
    record InstalmentForm(String dueOn, String amount, String instalmentId, String paidOn) {
    }

    private final PaymentPlans plans;
    private final ApprenticeshipQueries queries;

    PaymentPlanController(PaymentPlans plans, ApprenticeshipQueries queries) {
        this.plans = plans;
        this.queries = queries;
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, new InstalmentForm(null, null, null, null), model);
    }

    @PostMapping
    String add(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") InstalmentForm form,
            BindingResult result, Model model) {
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            var due = date(form.dueOn(), "dueOn", errors);
            BigDecimal amount = null;
            if (form.amount() != null && !form.amount().isBlank()) {
                try {
                    amount = new BigDecimal(form.amount().strip().replace(",", "").replace("£", ""));
                } catch (NumberFormatException notANumber) {
                    errors.put("amount", "Enter the amount in pounds, like 150");
                }
            }
            if (!errors.isEmpty()) {
                throw new FieldValidationException(errors);
            }
            plans.add(user, id, due, amount);
            return "redirect:/apprenticeships/" + id + "/payment-plan?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return page(user, id, form, model);
        }
    }

    @PostMapping("/paid")
    String paid(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") InstalmentForm form,
            BindingResult result, Model model) {
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            var on = date(form.paidOn(), "paidOn", errors);
            if (!errors.isEmpty()) {
                throw new FieldValidationException(errors);
            }
            plans.recordPaid(user, id, UUID.fromString(form.instalmentId()), on);
            return "redirect:/apprenticeships/" + id + "/payment-plan?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return page(user, id, form, model);
        }
    }

    private static java.time.LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return DateText.parse(text).orElseGet(() -> {
            errors.put(field, "Enter a real date, like 1/3/2027");
            return null;
        });
    }

    private String page(CurrentUser user, UUID id, InstalmentForm form, Model model) {
        model.addAttribute("a", queries.view(user, id));
        if (!plans.mayManage(user, id)) {
            throw new AccessDeniedException("Only managers and the data officer keep the employer's payment plan");
        }
        model.addAttribute("form", form);
        model.addAttribute("plan", plans.plan(user, id));
        return "enrolment/payment-plan";
    }
}
