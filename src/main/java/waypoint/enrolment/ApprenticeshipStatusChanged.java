package waypoint.enrolment;

import java.time.LocalDate;

/** Published on every move of the lifecycle table (not on a change of employer, which keeps the status). */
public record ApprenticeshipStatusChanged(ApprenticeshipId apprenticeshipId, ApprenticeshipStatus from,
        ApprenticeshipStatus to,
        LocalDate effectiveDate, String reason) {
}
