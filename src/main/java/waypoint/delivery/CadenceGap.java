package waypoint.delivery;

import java.time.LocalDate;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;

/**
 * An apprenticeship that has gone longer without a session than its cadence allows: the standard's (catalogue
 * {@link waypoint.catalogue.DeliveryCadence}) or else the provider's setting.
 *
 * @param lastSessionDate the last session the apprentice attended, or null when none yet (counted from the start)
 * @param nextSessionDate the next scheduled session, or null when none is
 */
public record CadenceGap(ApprenticeshipId apprenticeshipId, LocalDate lastSessionDate, LocalDate countedFrom, int allowedDays,
        int daysWithout, LocalDate nextSessionDate, String cadence) {

    /** “41 days without a session (at most 35 allowed: at least one session every 5 weeks)”. */
    public String describe() {
        return daysWithout + " days without a session (at most " + allowedDays + " allowed: " + cadence + ")";
    }
}
