package waypoint.enrolment;

import java.time.LocalDate;
import java.util.UUID;
import waypoint.organisation.EmployerId;

/**
 * A new employer took the apprentice on from {@code effectiveDate}: the apprenticeship now names it (and its line
 * manager), so every list, home page and access check that reads the apprenticeship follows, and the training plan
 * gets a new version for the new employer to sign. {@code changedBy} is the account that recorded it.
 */
public record ApprenticeshipEmployerChanged(ApprenticeshipId apprenticeshipId, EmployerId previousEmployerId,
        EmployerId newEmployerId, LocalDate effectiveDate, UUID changedBy) {
}
