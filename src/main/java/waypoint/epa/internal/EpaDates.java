package waypoint.epa.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import waypoint.shared.web.DateText;

/** Reading the gateway and EPA forms' fields, each error put under its field in words a person can act on. */
final class EpaInput {

    private EpaInput() {
    }

    /** A date today or before, or an error under {@code field} (null then). */
    static LocalDate pastDate(Map<String, String> errors, String field, String text, String what, LocalDate today) {
        Optional<LocalDate> date = DateText.parse(text);
        if (date.isEmpty()) {
            errors.put(field, "Enter " + what + ", for example 27/3/2027");
            return null;
        }
        if (date.get().isAfter(today)) {
            errors.put(field, Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " must be today or in the past");
            return null;
        }
        return date.get();
    }

    static String required(Map<String, String> errors, String field, String value, String message, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.put(field, message);
        } else if (text.length() > max) {
            errors.put(field, "Must be " + max + " characters or fewer");
        }
        return text;
    }

    static String optional(Map<String, String> errors, String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            errors.put(field, "Must be " + max + " characters or fewer");
        }
        return text.isEmpty() ? null : text;
    }

    static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException wrong) {
            return Optional.empty();
        }
    }

    static LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }
}
