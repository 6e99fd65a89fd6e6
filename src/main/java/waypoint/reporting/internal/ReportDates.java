package waypoint.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times in the reports as GOV.UK writes them, in Europe/London: “23 December 2026”, “23 December 2026 at
 * 10:30am”. Templates reach it as {@code dates}.
 */
public final class ReportDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final DateTimeFormatter CLOCK_FIRST = DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy",
            Locale.UK);

    public String day(LocalDate date) {
        return date == null ? "not set" : date.format(DATE);
    }

    public String time(Instant instant) {
        return instant == null ? "not set"
                : instant.atZone(LONDON).format(TIME).replace("AM", "am").replace("PM", "pm");
    }

    /** The time first, for "Figures as at 10:42am on 6 December 2026". */
    public String clockFirst(Instant instant) {
        return instant == null ? "not set"
                : instant.atZone(LONDON).format(CLOCK_FIRST).replace("AM", "am").replace("PM", "pm");
    }
}
