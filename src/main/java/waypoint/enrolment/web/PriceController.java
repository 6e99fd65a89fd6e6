package waypoint.enrolment.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

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
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.identity.CurrentUser;
import waypoint.shared.validation.Pounds;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedNumber;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.web.Choice;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.shared.money.Money;

/** Recording a new price from a date (docs/domain/funding-rules.md, The price): managers and the data officer. */
@Controller
@RequestMapping("/apprenticeships/{id}/price")
class PriceController {

    /**
     * The messages a price that is not pounds and pence is refused with, page and API alike. A price below £0 is the
     * apprenticeship's rule, so that it is told at once with a date the rule refuses too.
     */
    static final String TRAINING_PRICE_IN_PENCE = "Enter the training price (TNP1) in pounds and pence, like 9000 or"
            + " 9000.50";
    static final String ASSESSMENT_PRICE_IN_PENCE = "Enter the assessment price (TNP2) in pounds and pence, like 9000"
            + " or 9000.50";

    /**
     * The form as typed: a date like 1/3/2027, amounts in pounds (£9,000.50 will do), why, and the employer's size
     * (YES, NO or empty). Whether the date and amounts are allowed is the apprenticeship's rule.
     */
    record PriceForm(
            @NotBlank(message = "Enter the date the price applies from")
            @TypedDate(message = "Enter a real date, like 1/3/2027") String appliesFrom,
            @NotBlank(message = "Enter the training price (TNP1) in pounds, like 9000")
            @TypedNumber(pounds = true, message = "Enter an amount in pounds, like 9000 or 9000.50")
            @Pounds(message = TRAINING_PRICE_IN_PENCE) String trainingPrice,
            @NotBlank(message = "Enter the assessment price (TNP2) in pounds, like 9000")
            @TypedNumber(pounds = true, message = "Enter an amount in pounds, like 9000 or 9000.50")
            @Pounds(message = ASSESSMENT_PRICE_IN_PENCE) String assessmentPrice,
            @NotBlank(message = "Say why the price changed") String reason,
            String smallEmployer) {

        /** The typed request, once the form is checked; no answer about the employer's size keeps what is recorded. */
        ApprenticeshipLifecycle.PriceRequest request() {
            return new ApprenticeshipLifecycle.PriceRequest(TypedValues.date(appliesFrom).orElseThrow(),
                    TypedValues.pounds(trainingPrice).map(Money::of).orElseThrow(),
                    TypedValues.pounds(assessmentPrice).map(Money::of).orElseThrow(),
                    reason, "YES".equals(smallEmployer) ? Boolean.TRUE : "NO".equals(smallEmployer) ? Boolean.FALSE
                            : null);
        }
    }

    private final ApprenticeshipLifecycle lifecycle;
    private final ApprenticeshipQueries queries;
    private final Validator validator;

    PriceController(ApprenticeshipLifecycle lifecycle, ApprenticeshipQueries queries, Validator validator) {
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.validator = validator;
    }

    @GetMapping
    String form(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        return page(user, id, new PriceForm(null, null, null, null, null), model);
    }

    @PostMapping
    String record(CurrentUser user, @PathVariable ApprenticeshipId id, @ModelAttribute("form") PriceForm form,
            BindingResult result, Model model) {
        if (!FormChecks.check(validator, result)) {
            return page(user, id, form, model);
        }
        try {
            lifecycle.changePrice(user, id, form.request());
            return "redirect:/apprenticeships/" + id + "?saved#price";
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return page(user, id, form, model);
        }
    }

    private String page(CurrentUser user, ApprenticeshipId id, PriceForm form, Model model) {
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
