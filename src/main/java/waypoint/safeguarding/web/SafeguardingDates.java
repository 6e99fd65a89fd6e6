package waypoint.safeguarding.web;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import waypoint.shared.time.GovUkDates;

/**
 * Dates and times on the safeguarding pages through the one GOV.UK date helper ({@link GovUkDates}): “23 December
 * 2026”, “23 December 2026 at 9:15am”. See docs/domain/dates-and-times.md.
 */
@Component("safeguardingDates")
public class SafeguardingDates {

    public String date(LocalDate date) {
        return GovUkDates.date(date);
    }

    public String date(Instant instant) {
        return GovUkDates.date(instant);
    }

    public String when(Instant instant) {
        return GovUkDates.time(instant);
    }
}
