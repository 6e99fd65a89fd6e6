package waypoint.organisation.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import waypoint.shared.web.FieldValidationException;

/**
 * Collects everything wrong with a set of details (their Bean Validation constraints, then the rules a service
 * adds, such as a duplicate email), so that the person sees every problem at once, then throws them together.
 * One message per field: the first found.
 */
public final class DetailsCheck {

    private final Map<String, String> errors = new LinkedHashMap<>();

    private DetailsCheck() {
    }

    public static DetailsCheck of(Validator validator, Record details) {
        DetailsCheck check = new DetailsCheck();
        List<String> order = Arrays.stream(details.getClass().getRecordComponents()).map(c -> c.getName()).toList();
        validator.validate(details).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<Record> v) -> order.indexOf(field(v)))
                        .thenComparing(v -> v.getMessage()))
                .forEach(v -> check.reject(field(v), v.getMessage()));
        return check;
    }

    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString();
    }

    public DetailsCheck reject(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public boolean isFine(String field) {
        return !errors.containsKey(field);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }
}
