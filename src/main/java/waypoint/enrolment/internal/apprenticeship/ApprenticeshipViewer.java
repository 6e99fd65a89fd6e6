package waypoint.enrolment.internal.apprenticeship;

import java.util.Set;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/**
 * The signed-in person with the records that tie them to apprenticeships: their staff record, the employer they
 * are a contact of, their own learner record (any may be null), and for someone outside the provider the
 * apprenticeships their open grants name and the standards they cover today (empty for everyone else).
 */
public record ApprenticeshipViewer(CurrentUser user, UUID staffId, UUID employerId, UUID learnerId,
        Set<UUID> granted, Set<ApprenticeshipScope.StandardCover> grantedStandards) {

    public ApprenticeshipViewer {
        granted = granted == null ? Set.of() : Set.copyOf(granted);
        grantedStandards = grantedStandards == null ? Set.of() : Set.copyOf(grantedStandards);
    }

    public boolean has(Role role) {
        return user.has(role);
    }
}
