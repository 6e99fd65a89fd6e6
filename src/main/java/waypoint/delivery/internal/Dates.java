package waypoint.delivery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import waypoint.shared.time.GovUkDates;

/**
 * Dates and times in this module's words: the one GOV.UK date helper ({@link GovUkDates}), named as the module's
 * code has long called it. See docs/domain/dates-and-times.md.
 */
public final class Dates {

    public static final ZoneId LONDON = GovUkDates.LONDON;

    private Dates() {
    }

    public static String of(LocalDate date) {
        return GovUkDates.date(date);
    }

    public static String of(Instant instant) {
        return GovUkDates.time(instant);
    }

    /** For templates: {@code dates.day(..)}, {@code dates.time(..)}. */
    public static final class Helper {
        public String day(LocalDate date) {
            return GovUkDates.date(date);
        }

        public String time(Instant instant) {
            return GovUkDates.time(instant);
        }

        public String isoDay(Instant instant) {
            return instant == null ? "" : instant.atZone(LONDON).toLocalDate().toString();
        }

        /** The time of day as it is typed into the form's time field: “09:30”. */
        public String clock(Instant instant) {
            return instant == null ? "" : instant.atZone(LONDON).toLocalTime().withSecond(0).withNano(0).toString();
        }
    }
}
