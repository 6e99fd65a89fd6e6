package waypoint.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects every field error before throwing, so a form shows them all at once (first message per field wins). */
final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    FieldErrors rejectIf(boolean wrong, String field, String message) {
        if (wrong) {
            errors.putIfAbsent(field, message);
        }
        return this;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new RuleInputException(errors);
        }
    }
}
