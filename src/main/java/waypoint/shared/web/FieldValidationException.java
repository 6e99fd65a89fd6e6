package waypoint.shared.web;

import java.util.Map;

/**
 * A rule the service checks that the form or request body got wrong (a duplicate email, say), with the field
 * to show it against. Pages reject the field on their binding result; the API answers a 400 problem.
 */
public class FieldValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public FieldValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    /** The errors in the order given, so problem details and pages list them as the form asks its questions. */
    public FieldValidationException(Map<String, String> errors) {
        super(String.join("; ", errors.values()));
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
