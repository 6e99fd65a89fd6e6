package waypoint.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Facts the rules cannot work with, each message against the field it belongs to (startDate, plannedEndDate,
 * weeklyHours, dateOfBirth, rplHours, standard, …), so the web layer can show them as field errors.
 */
public class RuleInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public RuleInputException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("a rule input error names at least one field");
        }
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public RuleInputException(String field, String message) {
        this(Map.of(field, message));
    }

    /** Field name → message, in the order the fields were checked. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
