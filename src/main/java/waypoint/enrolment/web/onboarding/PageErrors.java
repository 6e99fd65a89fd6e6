package waypoint.enrolment.web.onboarding;

import java.util.LinkedHashMap;
import java.util.Map;

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
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem instanceof FieldValidationException invalid) {
            errors.putAll(invalid.errors());
        } else if (problem instanceof EditConflictException || problem instanceof OnboardingStepRefusedException
                || problem instanceof StaleVersionException) {
            errors.put("form", problem.getMessage());
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
