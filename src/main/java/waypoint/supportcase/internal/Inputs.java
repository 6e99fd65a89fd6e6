package waypoint.supportcase.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/** The checks of what people type on the support case forms and the API, each with its GOV.UK-style message. */
final class Inputs {

    static final int TEXT_MAX = 5000;

    private Inputs() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The same check, added to the errors of a form still checked by hand (its problem, if any). */
    static void text(Map<String, String> errors, String field, String value, String message) {
        try {
            required(field, value, message);
        } catch (FieldValidationException invalid) {
            errors.putAll(invalid.errors());
        }
    }

    /** A text that must be given, stripped; too long, its message begins "Shorten" instead of "Enter". */
    static String required(String field, String value, String message) {
        if (blank(value)) {
            throw new FieldValidationException(field, message);
        }
        if (value.length() > TEXT_MAX) {
            throw new FieldValidationException(field, message.replaceFirst("^Enter", "Shorten") + " to " + TEXT_MAX
                    + " characters or fewer");
        }
        return value.strip();
    }

    /** An optional text, stripped, or null when blank. */
    static String optional(String field, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > TEXT_MAX) {
            throw new FieldValidationException(field, "Enter " + TEXT_MAX + " characters or fewer");
        }
        return value.strip();
    }

    static LocalDate date(String field, String value, String what) {
        return DateText.parse(value).orElseThrow(() -> new FieldValidationException(field,
                "Enter " + what + " as a real date, like 27/4/2026"));
    }

    /** A date that may be left blank (then the default), or else must be a real date. */
    static LocalDate dateOr(String field, String value, String what, LocalDate otherwise) {
        return blank(value) ? otherwise : date(field, value, what);
    }

    static Optional<LocalDate> parse(String value) {
        return DateText.parse(value);
    }

    static String capitalise(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
