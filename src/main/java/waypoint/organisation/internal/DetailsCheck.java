package waypoint.organisation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Validator;

import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * Collects everything wrong with a set of details (their Bean Validation constraints, then the rules a service
 * adds, such as a duplicate email), so that the person sees every problem at once, then throws them together.
 * One message per field: the first found.
 */
public final class DetailsCheck {

    private final Map<String, String> errors = new LinkedHashMap<>();

    private DetailsCheck() {
    }

    /** The details' own problems (their Bean Validation constraints, as {@link FormChecks} orders them). */
    public static DetailsCheck of(Validator validator, Record details) {
        DetailsCheck check = new DetailsCheck();
        check.errors.putAll(FormChecks.problems(validator, details));
        return check;
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
