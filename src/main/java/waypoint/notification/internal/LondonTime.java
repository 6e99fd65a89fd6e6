package waypoint.notification.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as people in England read them, in the GOV.UK style ("5:30pm on Tuesday 21 July 2026", "midday",
 * "midnight"): Waypoint serves English providers, so every time shown or emailed is Europe/London time.
 */
public final class LondonTime {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private LondonTime() {
    }

    /** "5:30pm on Tuesday 21 July 2026". */
    public static String describe(Instant instant) {
        ZonedDateTime time = instant.atZone(LONDON);
        return clock(time) + " on " + DAY.format(time);
    }

    /** "21 Jul 2026 at 5:30pm", for lists. */
    public static String brief(Instant instant) {
        ZonedDateTime time = instant.atZone(LONDON);
        return SHORT_DAY.format(time) + " at " + clock(time);
    }

    private static String clock(ZonedDateTime time) {
        int hour = time.getHour();
        int minute = time.getMinute();
        if (minute == 0 && hour == 12) {
            return "midday";
        }
        if (minute == 0 && hour == 0) {
            return "midnight";
        }
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        return twelve + (minute == 0 ? "" : String.format(":%02d", minute)) + (hour < 12 ? "am" : "pm");
    }
}
