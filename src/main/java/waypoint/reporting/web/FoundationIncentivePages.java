package waypoint.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.funding.FoundationIncentiveSettings;
import waypoint.rules.FoundationIncentive;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * The foundation apprenticeship payment as the provider records it (docs/domain/programme-types.md, Incentives): the
 * readers of the funding forecast see the records, administrators add one for the starts from a date.
 */
@Controller
class FoundationIncentivePages {

    static final String PATH = "/reports/funding/foundation-payment";
    private static final List<String> FIELDS = List.of("startsFrom", "amount", "paidTo", "afterDays", "source",
            "sourceAddress");

    private final FoundationIncentiveSettings settings;
    private final Validator validator;

    FoundationIncentivePages(FoundationIncentiveSettings settings, Validator validator) {
        this.settings = settings;
        this.validator = validator;
    }

    @GetMapping(PATH)
    String page(CurrentUser user, Model model) {
        return page(user, model, Map.of(), Map.of());
    }

    private String page(CurrentUser user, Model model, Map<String, String> errors, Map<String, String> typed) {
        List<FoundationIncentive> recorded = settings.all(user);
        model.addAttribute("recorded", recorded);
        model.addAttribute("canRecord", FoundationIncentiveSettings.canRecord(user));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "reporting/foundation-payment";
    }

    @PostMapping(PATH)
    String record(CurrentUser user, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        if (!FoundationIncentiveSettings.canRecord(user)) {
            throw new AccessDeniedException("Only an administrator records the foundation apprenticeship payment");
        }
        Map<String, String> typed = new LinkedHashMap<>();
        FIELDS.forEach(field -> typed.put(field, form.getOrDefault(field, "")));
        try {
            FoundationPaymentForm payment = new FoundationPaymentForm(typed.get("startsFrom"), typed.get("amount"),
                    typed.get("paidTo"), typed.get("afterDays"), typed.get("source"), typed.get("sourceAddress"));
            FormChecks.require(validator, payment);
            settings.record(user, payment.payment());
        } catch (FieldValidationException invalid) {
            return page(user, model, invalid.errors(), typed);
        }
        redirect.addFlashAttribute("saved", "The foundation apprenticeship payment is recorded");
        return "redirect:" + PATH;
    }
}
