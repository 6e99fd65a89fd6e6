package waypoint.shared.calendar.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * Reads the calendar questions' parameters for the API and the administrator's page alike, collecting an error per
 * field. Dates are limited to 1900–2199 and additions to 1000 working days (about four years): enough for any
 * apprenticeship deadline, and it keeps every answer a quick sum.
 */
final class CalendarQuestions {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    static final int MAXIMUM_DAYS = 1000;

    private final Map<String, String> errors = new LinkedHashMap<>();

    LocalDate date(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            errors.put(field, "Enter " + label);
            return null;
        }
        Optional<LocalDate> date = DateText.parse(text);
        if (date.isEmpty()) {
            errors.put(field, "Enter " + label + " as a real date, for example 27/4/2026 or 2026-04-27");
            return null;
        }
        if (date.get().getYear() < FIRST_YEAR || date.get().getYear() > LAST_YEAR) {
            errors.put(field, "Enter " + label + " between " + FIRST_YEAR + " and " + LAST_YEAR);
            return null;
        }
        return date.get();
    }

    Integer days(String field, String text) {
        if (text == null || text.isBlank()) {
            errors.put(field, "Enter the number of working days to add");
            return null;
        }
        String digits = text.strip();
        if (!digits.matches("-?\\d+")) {
            errors.put(field, "The number of working days must be a whole number, like 10");
            return null;
        }
        // Too many digits for an int is simply too many days (or, with a minus sign, fewer than none).
        long days = digits.length() > 9 ? (digits.startsWith("-") ? -1 : Long.MAX_VALUE) : Long.parseLong(digits);
        if (days < 0) {
            errors.put(field, "The number of working days must be 0 or more");
            return null;
        }
        if (days > MAXIMUM_DAYS) {
            errors.put(field, "The number of working days must be " + MAXIMUM_DAYS + " or fewer");
            return null;
        }
        return (int) days;
    }

    Integer year(String field, String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.strip());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a year out of range
        }
        errors.put(field, "Enter a year between " + FIRST_YEAR + " and " + LAST_YEAR + ", like 2026");
        return null;
    }

    void reject(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    Map<String, String> errors() {
        return errors;
    }

    /** Throws the collected field errors, if any: a 400 problem from the API, field errors on the page. */
    void check() {
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }
}
