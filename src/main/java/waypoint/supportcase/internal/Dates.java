package waypoint.supportcase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in GOV.UK style (“23 December 2026”), in Europe/London. */
public final class Dates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' h:mma", Locale.UK);

    private Dates() {
    }

    public static String of(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String of(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }
}
