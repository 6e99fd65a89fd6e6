package waypoint.enrolment.web;

import java.util.Comparator;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import waypoint.enrolment.internal.RuleAnswer;
import waypoint.enrolment.internal.RuleCalculator;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.Choice;

/**
 * The rules calculator for staff: the form, and after it is sent the answer in words below it, on the same page.
 * Nothing is saved, so the answer is shown straight back rather than after a redirect.
 */
@Controller
@RequestMapping("/rules-calculator")
class RulesCalculatorController {

    private final RuleCalculator calculator;

    RulesCalculatorController(RuleCalculator calculator) {
        this.calculator = calculator;
    }

    @GetMapping
    String form(CurrentUser user, Model model) {
        model.addAttribute("form", CalculatorForm.empty());
        return page(user, model);
    }

    @PostMapping
    String calculate(CurrentUser user, @ModelAttribute("form") CalculatorForm form, BindingResult result,
            Model model) {
        TypedAnswers typed = new TypedAnswers();
        try {
            RuleAnswer answer = typed.answer(() -> calculator.evaluate(user, form.question(typed)));
            model.addAttribute("result", CalculatorResult.of(answer));
        } catch (FieldValidationException invalid) {
            reject(result, invalid);
        }
        return page(user, model);
    }

    /** The errors against the form's own fields, in the order the form asks its questions. */
    private static void reject(BindingResult result, FieldValidationException invalid) {
        invalid.errors().entrySet().stream()
                .map(error -> Map.entry(CalculatorForm.FIELDS.getOrDefault(error.getKey(), error.getKey()),
                        error.getValue()))
                .sorted(Comparator.comparingInt(error -> order(error.getKey())))
                .forEach(error -> {
                    if (CalculatorForm.ORDER.contains(error.getKey())) {
                        result.rejectValue(error.getKey(), "invalid", error.getValue());
                    } else {
                        result.reject("invalid", error.getValue());
                    }
                });
    }

    private static int order(String field) {
        int at = CalculatorForm.ORDER.indexOf(field);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("standards", calculator.standardChoices(user));
        model.addAttribute("yesNo", Choice.yesNo());
        return "enrolment/rules-calculator";
    }
}
