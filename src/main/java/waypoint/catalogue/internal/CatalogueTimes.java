package waypoint.catalogue.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A moment as the catalogue's pages show it, in London time: “6 December 2026, 4:20am”. */
final class CatalogueTimes {

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private CatalogueTimes() {
    }

    static String words(Instant instant) {
        return WORDS.format(instant).replace("AM", "am").replace("PM", "pm");
    }
}
