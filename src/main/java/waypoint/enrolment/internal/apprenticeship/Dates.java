package waypoint.enrolment.internal.apprenticeship;

import java.time.LocalDate;

import waypoint.shared.time.GovUkDates;

/** Dates in words, GOV.UK style: “23 December 2026”. */
public final class Dates {

    private Dates() {
    }

    public static String words(LocalDate date) {
        return GovUkDates.date(date);
    }
}
