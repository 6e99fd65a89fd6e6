package waypoint.shared.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.web.FieldValidationException;

/**
 * The calendar questions as the API and the administrator's page take them: request records checked with Bean
 * Validation (a real date, a whole number, a year), then read into the values the calendar takes. Dates are limited
 * to 1900–2199 and additions to 1000 working days (about four years): enough for any apprenticeship deadline, and it
 * keeps every answer a quick sum; a value outside them is refused on its field.
 */
final class CalendarQuestions {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    static final int MAXIMUM_DAYS = 1000;

    /** A year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}, or nothing. */
    static final String YEAR = "\\s*((19|20|21)\\d\\d)?\\s*";
    static final String A_YEAR = "Enter a year between " + FIRST_YEAR + " and " + LAST_YEAR + ", like 2026";

    /** A whole number, perhaps below 0. */
    static final String WHOLE_NUMBER = "\\s*-?\\d+\\s*";
    static final String DAYS_TO_ADD = "Enter the number of working days to add";
    static final String DAYS_WHOLE = "The number of working days must be a whole number, like 10";

    static final String FROM = "Enter the from date";
    static final String FROM_REAL = "Enter the from date as a real date, for example 27/4/2026 or 2026-04-27";
    static final String TO = "Enter the to date";
    static final String TO_REAL = "Enter the to date as a real date, for example 27/4/2026 or 2026-04-27";

    private CalendarQuestions() {
    }

    /** The date {@code add} working days after {@code from}. */
    record WorkingDaysQuery(
            @NotBlank(message = FROM) @TypedDate(message = FROM_REAL) String from,
            @NotBlank(message = DAYS_TO_ADD) @Pattern(regexp = WHOLE_NUMBER, message = DAYS_WHOLE) String add) {

        LocalDate start() {
            return within("from", "the from date", from);
        }

        int days() {
            return workingDays("add", add);
        }
    }

    /** The working days after {@code from} up to and including {@code to}, which is not before it. */
    record BetweenQuery(
            @NotBlank(message = FROM) @TypedDate(message = FROM_REAL) String from,
            @NotBlank(message = TO) @TypedDate(message = TO_REAL) String to) {

        LocalDate start() {
            return within("from", "the from date", from);
        }

        LocalDate end() {
            LocalDate end = within("to", "the to date", to);
            if (end.isBefore(start())) {
                throw new FieldValidationException("to", "The to date must be the same as or after the from date");
            }
            return end;
        }
    }

    /** A year's bank holidays. */
    record YearQuery(@NotBlank(message = A_YEAR) @Pattern(regexp = YEAR, message = A_YEAR) String year) {

        int chosen() {
            return Integer.parseInt(year.strip());
        }
    }

    /**
     * The administrator's page: the year to list (this year when blank) and, when either is given, the calculator's
     * date and number of working days ({@link Calculating}).
     */
    record CalendarPageQuery(
            @Pattern(regexp = YEAR, message = A_YEAR) String year,
            @NotBlank(groups = Calculating.class, message = "Enter the date to count from")
            @TypedDate(groups = Calculating.class, message = "Enter the date to count from as a real date, for"
                    + " example 27/4/2026 or 2026-04-27") String from,
            @NotBlank(groups = Calculating.class, message = DAYS_TO_ADD)
            @Pattern(groups = Calculating.class, regexp = WHOLE_NUMBER, message = DAYS_WHOLE) String add) {

        /** The calculator's questions, asked once either is answered. */
        interface Calculating {
        }

        boolean calculating() {
            return from != null || add != null;
        }

        LocalDate start() {
            return within("from", "the date to count from", from);
        }

        int days() {
            return workingDays("add", add);
        }
    }

    /** A date checked as a real one, within the years the calendar answers for. */
    private static LocalDate within(String field, String label, String checked) {
        LocalDate date = TypedValues.date(checked).orElseThrow();
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new FieldValidationException(field, "Enter " + label + " between " + FIRST_YEAR + " and "
                    + LAST_YEAR);
        }
        return date;
    }

    /** A whole number checked as one, from 0 to {@value #MAXIMUM_DAYS}. */
    private static int workingDays(String field, String checked) {
        String digits = checked.strip();
        // Too many digits for an int is simply too many days (or, with a minus sign, fewer than none).
        long days = digits.length() > 9 ? (digits.startsWith("-") ? -1 : Long.MAX_VALUE) : Long.parseLong(digits);
        if (days < 0) {
            throw new FieldValidationException(field, "The number of working days must be 0 or more");
        }
        if (days > MAXIMUM_DAYS) {
            throw new FieldValidationException(field, "The number of working days must be " + MAXIMUM_DAYS
                    + " or fewer");
        }
        return (int) days;
    }
}
