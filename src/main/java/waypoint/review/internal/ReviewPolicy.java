package waypoint.review.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.NotFoundException;

/**
 * Who may do what with progress reviews: whoever may see the apprenticeship sees its reviews (the apprenticeship
 * policy); staff who may manage it plan them and write the record; the apprentice writes the self-reflection; each
 * of the three signs as their own party. Someone who may not see the apprenticeship is told it is not found.
 */
@Service
public class ReviewPolicy {

    private final Apprenticeships apprenticeships;
    private final ApprenticeshipAccess access;

    ReviewPolicy(Apprenticeships apprenticeships, ApprenticeshipAccess access) {
        this.apprenticeships = apprenticeships;
        this.access = access;
    }

    public ApprenticeshipSummary requireView(CurrentUser user, UUID apprenticeshipId) {
        return apprenticeships.find(apprenticeshipId).filter(a -> access.canView(user, apprenticeshipId))
                .orElseThrow(() -> new NotFoundException("Apprenticeship"));
    }

    public ApprenticeshipSummary requireManage(CurrentUser user, UUID apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = requireView(user, apprenticeshipId);
        if (!canManage(user, apprenticeship)) {
            throw new AccessDeniedException("Only staff working on this apprenticeship may do this");
        }
        return apprenticeship;
    }

    public boolean canManage(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        return user.isStaff() && access.canManage(user, apprenticeship.id());
    }

    public boolean isLearner(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        return user.has(Role.LEARNER) && user.id().equals(apprenticeship.learnerAccountId());
    }

    public boolean isEmployer(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        return user.has(Role.EMPLOYER_CONTACT) && access.canView(user, apprenticeship.id());
    }

    /** The party the person signs as, if any: the tutor's signature is any staff member's working on it. */
    public Optional<ReviewParty> partyOf(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        if (isLearner(user, apprenticeship)) {
            return Optional.of(ReviewParty.LEARNER);
        }
        if (isEmployer(user, apprenticeship)) {
            return Optional.of(ReviewParty.EMPLOYER);
        }
        if (canManage(user, apprenticeship)) {
            return Optional.of(ReviewParty.TUTOR);
        }
        return Optional.empty();
    }
}
