package waypoint.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import waypoint.shared.time.GovUkDates;

/**
 * Dates and times in the reports, through the one GOV.UK date helper ({@link GovUkDates}): “23 December 2026”,
 * “23 December 2026 at 10:30am”. Templates reach it as {@code dates}. See docs/domain/dates-and-times.md.
 */
public final class ReportDates {

    public static final ZoneId LONDON = GovUkDates.LONDON;

    public String day(LocalDate date) {
        return GovUkDates.date(date);
    }

    public String time(Instant instant) {
        return GovUkDates.time(instant);
    }

    /** The time first, for "Figures as at 10:42am on 6 December 2026". */
    public String clockFirst(Instant instant) {
        return instant == null ? GovUkDates.NOT_RECORDED : GovUkDates.clock(instant) + " on " + GovUkDates.date(instant);
    }
}
