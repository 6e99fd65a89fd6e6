package waypoint.shared.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;


/**
 * Puts a service's field errors on a form's binding result, in the order the form asks its questions (so the error
 * summary reads top to bottom). A service field the form names differently is mapped through {@code aliases}.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * A form's field errors (its Bean Validation constraints) as the field-to-message map of a page that keeps its
     * errors in a map (fragments/forms.html): one message per field, in the order the form asks its questions.
     */
    public static Map<String, String> messages(BindingResult result) {
        Object form = result.getTarget();
        List<String> order = form != null && form.getClass().isRecord()
                ? Arrays.stream(form.getClass().getRecordComponents()).map(c -> c.getName()).toList()
                : List.of();
        Map<String, String> messages = new LinkedHashMap<>();
        result.getFieldErrors().stream()
                .sorted(Comparator.comparingInt((FieldError e) -> order.indexOf(e.getField()))
                        .thenComparing(e -> String.valueOf(e.getDefaultMessage())))
                .forEach(e -> messages.putIfAbsent(e.getField(), e.getDefaultMessage()));
        return messages;
    }

    public static void reject(BindingResult result, FieldValidationException problem) {
        reject(result, problem, Map.of());
    }

    public static void reject(BindingResult result, FieldValidationException problem, Map<String, String> aliases) {
        Object form = result.getTarget();
        List<String> order = form != null && form.getClass().isRecord()
                ? Arrays.stream(form.getClass().getRecordComponents()).map(c -> c.getName()).toList()
                : List.of();
        problem.errors().entrySet().stream()
                .map(e -> Map.entry(aliases.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .filter(e -> !result.hasFieldErrors(e.getKey()))
                .sorted(Comparator.comparingInt(e -> order.indexOf(e.getKey())))
                .forEach(e -> {
                    if (order.contains(e.getKey())) {
                        result.rejectValue(e.getKey(), "invalid", e.getValue());
                    } else {
                        result.reject("invalid", e.getValue());
                    }
                });
    }
}
