package waypoint.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import waypoint.organisation.EmployerId;
import waypoint.organisation.LearnerId;
import waypoint.organisation.StaffMemberId;

/**
 * What other modules may know of an apprenticeship: who, where, which standard, who teaches, the dates and the
 * status. The line manager is null when none is named; the standard's title and level are null when the catalogue
 * does not hold the version.
 */
public record ApprenticeshipSummary(ApprenticeshipId id, LearnerId learnerId, UUID learnerAccountId, String learnerName,
        EmployerId employerId, String employerName, UUID lineManagerId, UUID lineManagerAccountId,
        String lineManagerName,
        String standardReference, String standardVersion, String standardTitle, Integer level, StaffMemberId tutorId,
        UUID tutorAccountId, String tutorName, LocalDate startDate, LocalDate plannedEndDate,
        Integer epaPeriodMonths, BigDecimal weeklyHours, ApprenticeshipStatus status, boolean migrated) {

    /** “ST0116 v1.1 Software developer (level 4)”, or the reference and version alone. */
    public String standardLabel() {
        String label = standardReference + " v" + standardVersion;
        return standardTitle == null ? label : label + " " + standardTitle + " (level " + level + ")";
    }

    public boolean isActive() {
        return status.isActive();
    }
}
