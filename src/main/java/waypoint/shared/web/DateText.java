package waypoint.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date typed into a form or a query parameter: ISO ({@code 2026-04-27}, the API's format) or day, month and year
 * as people write it and as the hints show it: {@code 27/4/2026}, {@code 27 4 2026}, {@code 27-4-2026} or
 * {@code 27.4.2026}. Only real dates: 30 February is not one. The one parser of typed dates: every form uses it.
 */
public final class DateText {

    /** Day, month, four-digit year, separated by a slash, spaces, a hyphen or a full stop. */
    private static final Pattern DAY_MONTH_YEAR = Pattern
            .compile("(\\d{1,2})\\s*(?:/|\\s|-|\\.)\\s*(\\d{1,2})\\s*(?:/|\\s|-|\\.)\\s*(\\d{4})");

    /** A date as it is kept and as the API sends it: {@code 2026-03-27}. */
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DateText() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        Matcher parts = DAY_MONTH_YEAR.matcher(trimmed);
        try {
            if (parts.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(parts.group(3)), Integer.parseInt(parts.group(2)),
                        Integer.parseInt(parts.group(1))));
            }
            return Optional.of(LocalDate.parse(trimmed));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date as the hints show it, to put back in a text field: {@code 27 3 2026}. */
    public static String typed(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + " " + date.getMonthValue() + " " + date.getYear();
    }

    /**
     * Text for a date field shown again: a date kept as {@code 2026-03-27} as the hints show it ({@code 27 3 2026});
     * anything else (what was typed, right or wrong) as it is.
     */
    public static String typedAgain(String text) {
        if (text == null || !ISO.matcher(text).matches()) {
            return text;
        }
        return parse(text).map(DateText::typed).orElse(text);
    }
}
