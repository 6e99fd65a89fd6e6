package waypoint.feedback.internal;

import java.util.Map;

import waypoint.shared.web.FieldValidationException;

/** The small checks every feedback command makes on what was typed. */
final class Checks {

    private Checks() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Throws the field errors found, if there are any. */
    static void throwIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }
}
