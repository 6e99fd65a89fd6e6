package waypoint.feedback.web;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import waypoint.shared.time.GovUkDates;

/**
 * Dates on the feedback pages through the one GOV.UK date helper ({@link GovUkDates}): “23 December 2026”,
 * “23 December 2026 at 10am”. See docs/domain/dates-and-times.md.
 */
@Component("feedbackDates")
public class FeedbackDates {

    public String date(LocalDate date) {
        return GovUkDates.date(date);
    }

    public String day(LocalDate date) {
        return GovUkDates.day(date);
    }

    /** A date as it is typed into a form: 23/12/2026. */
    public String slashes(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    public String date(Instant instant) {
        return GovUkDates.date(instant);
    }

    public String time(Instant instant) {
        return GovUkDates.time(instant);
    }
}
