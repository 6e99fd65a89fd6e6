package waypoint.review.internal;

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
}
