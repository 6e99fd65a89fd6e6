package waypoint.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A date typed into a form or a query parameter: ISO ({@code 2026-04-27}, the API's format) or day/month/year
 * ({@code 27/4/2026}, as people write it). Only real dates: 30 February is not one.
 */
public final class DateText {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateText() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        try {
            return Optional.of(trimmed.contains("/") ? LocalDate.parse(trimmed, DAY_MONTH_YEAR) : LocalDate.parse(trimmed));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
