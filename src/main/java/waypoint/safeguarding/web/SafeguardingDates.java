package waypoint.safeguarding.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Dates and times as GOV.UK writes them ("23 December 2026", "23 December 2026 at 9:15am"), in Europe/London. */
@Component("safeguardingDates")
public class SafeguardingDates {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    public String date(Instant instant) {
        return instant == null ? "" : instant.atZone(LONDON).format(DATE);
    }

    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(LONDON);
        return local.format(DATE) + " at " + local.format(TIME).toLowerCase(Locale.UK);
    }
}
