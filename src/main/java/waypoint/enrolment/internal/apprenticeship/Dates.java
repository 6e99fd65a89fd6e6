package waypoint.enrolment.internal.apprenticeship;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in words, GOV.UK style: “23 December 2026”. */
public final class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    public static String words(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
