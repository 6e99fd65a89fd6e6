package waypoint.enrolment.web;

import java.util.UUID;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

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
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.enrolment.internal.payment.PaymentPlans;
import waypoint.identity.CurrentUser;
import waypoint.shared.validation.Pounds;
import waypoint.shared.validation.Pounds.Sign;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedNumber;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.shared.money.Money;

/** Planning the employer's instalments and recording them paid (docs/domain/funding-rules.md): managers, data officer. */
@Controller
@RequestMapping("/apprenticeships/{id}/payment-plan")
class PaymentPlanController {

    /** The messages an instalment's amount that is not pounds and pence, or not above £0, is refused with. */
    static final String AMOUNT_IN_PENCE = "Enter the amount in pounds and pence, like 150 or 150.50";
    static final String AMOUNT_MORE_THAN_ZERO = "The amount must be more than £0";

    /**
     * The page's form as typed: a new instalment (due date like 1/3/2027, amount in pounds), or the date one was paid;
     * each button checks its own questions. Whether the date and amount are allowed is the plan's rule.
     */
    record InstalmentForm(
            @NotBlank(message = "Enter the date the instalment is due", groups = InstalmentForm.Add.class)
            @TypedDate(message = "Enter a real date, like 1/3/2027", groups = InstalmentForm.Add.class) String dueOn,
            @NotBlank(message = "Enter the amount in pounds, like 150", groups = InstalmentForm.Add.class)
            @TypedNumber(pounds = true, message = "Enter the amount in pounds, like 150",
                    groups = InstalmentForm.Add.class)
            @Pounds(sign = Sign.MORE_THAN_ZERO, message = AMOUNT_IN_PENCE, signMessage = AMOUNT_MORE_THAN_ZERO,
                    groups = InstalmentForm.Add.class) String amount,
            @NotNull(message = "Choose the instalment that was paid", groups = InstalmentForm.Paid.class)
            UUID instalmentId,
            @NotBlank(message = "Enter the date it was paid", groups = InstalmentForm.Paid.class)
            @TypedDate(message = "Enter a real date, like 1/3/2027", groups = InstalmentForm.Paid.class)
            String paidOn) {

        /** What adding an instalment asks. */
        interface Add {
        }

        /** What recording one paid asks. */
        interface Paid {
        }
    }

    private final PaymentPlans plans;
    private final ApprenticeshipQueries queries;
    private final Validator validator;

    PaymentPlanController(PaymentPlans plans, ApprenticeshipQueries queries, Validator validator) {
        this.plans = plans;
        this.queries = queries;
        this.validator = validator;
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        return page(user, id, new InstalmentForm(null, null, null, null), model);
    }

    @PostMapping
    String add(CurrentUser user, @PathVariable ApprenticeshipId id, @ModelAttribute("form") InstalmentForm form,
            BindingResult result, Model model) {
        if (!FormChecks.check(validator, result, InstalmentForm.Add.class)) {
            return page(user, id, form, model);
        }
        try {
            plans.add(user, id, TypedValues.date(form.dueOn()).orElseThrow(),
                    TypedValues.pounds(form.amount()).map(Money::of).orElseThrow());
            return "redirect:/apprenticeships/" + id + "/payment-plan?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return page(user, id, form, model);
        }
    }

    @PostMapping("/paid")
    String paid(CurrentUser user, @PathVariable ApprenticeshipId id, @ModelAttribute("form") InstalmentForm form,
            BindingResult result, Model model) {
        if (!FormChecks.check(validator, result, InstalmentForm.Paid.class)) {
            return page(user, id, form, model);
        }
        try {
            plans.recordPaid(user, id, form.instalmentId(), TypedValues.date(form.paidOn()).orElseThrow());
            return "redirect:/apprenticeships/" + id + "/payment-plan?saved";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return page(user, id, form, model);
        }
    }

    private String page(CurrentUser user, ApprenticeshipId id, InstalmentForm form, Model model) {
        model.addAttribute("a", queries.view(user, id));
        if (!plans.mayManage(user, id)) {
            throw new AccessDeniedException("Only managers and the data officer keep the employer's payment plan");
        }
        model.addAttribute("form", form);
        model.addAttribute("plan", plans.plan(user, id));
        return "enrolment/payment-plan";
    }
}
