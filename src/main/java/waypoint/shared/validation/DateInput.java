package waypoint.shared.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date as typed in the GOV.UK date input's three boxes, and what is wrong with it in the words the GOV.UK Design
 * System gives ("Date of birth must include a month", "Year must include 4 numbers", "Date of birth must be a real
 * date"). Nothing typed at all is no date, not a problem: the form says whether a date is needed.
 */
public record DateInput(String day, String month, String year) {

    public static DateInput empty() {
        return new DateInput(null, null, null);
    }

    /** The three boxes filled in with a date, as a form showing a saved date has them. */
    public static DateInput of(LocalDate date) {
        return date == null ? empty() : new DateInput(String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    /** Nothing typed in any of the three boxes. */
    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date typed, when the three boxes make a real one. */
    public Optional<LocalDate> date() {
        if (blank(day) || blank(month) || blank(year) || !year.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())));
        } catch (NumberFormatException | DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /**
     * What is wrong with what was typed, for a date called {@code what} ("Date of birth") whose year box is called
     * {@code yearWords} ("Year", or "Year of birth"); empty when it is a real date or nothing was typed.
     */
    public Optional<String> problem(String what, String yearWords) {
        if (isBlank()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (blank(day)) {
            missing.add("day");
        }
        if (blank(month)) {
            missing.add("month");
        }
        if (blank(year)) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            return Optional.of(what + " must include a " + String.join(" and ", missing));
        }
        if (!year.strip().matches("\\d{4}")) {
            return Optional.of(yearWords + " must include 4 numbers");
        }
        return date().isPresent() ? Optional.empty() : Optional.of(what + " must be a real date");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
