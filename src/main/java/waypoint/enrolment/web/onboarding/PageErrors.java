package waypoint.enrolment.web.onboarding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.ui.Model;

import waypoint.enrolment.internal.onboarding.EditConflictException;
import waypoint.enrolment.internal.onboarding.OnboardingStepRefusedException;
import waypoint.enrolment.internal.onboarding.StaleVersionException;
import waypoint.shared.web.FieldValidationException;

/**
 * The onboarding pages' errors, field name to message in the order the form asks its questions, for the error
 * summary and the inline messages ({@code templates/enrolment/onboarding/fragments.html}). A refusal that belongs to
 * no field is shown against {@code form}.
 */
final class PageErrors {

    private PageErrors() {
    }

    static void add(Model model, RuntimeException problem) {
        add(model, problem, UnaryOperator.identity());
    }

    /** The same for a page whose boxes are named otherwise than the fields refused: {@code boxOf} names each one. */
    static void add(Model model, RuntimeException problem, UnaryOperator<String> boxOf) {
        Map<String, String> errors;
        if (problem instanceof FieldValidationException invalid) {
            errors = invalid.errors().entrySet().stream().collect(Collectors.toMap(e -> boxOf.apply(e.getKey()),
                    Map.Entry::getValue, (first, second) -> first, LinkedHashMap::new));
        } else if (problem instanceof EditConflictException || problem instanceof OnboardingStepRefusedException
                || problem instanceof StaleVersionException) {
            errors = java.util.Collections.singletonMap("form", problem.getMessage());
        } else {
            throw problem;
        }
        model.addAttribute("errors", errors);
    }

    static void none(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }
}
