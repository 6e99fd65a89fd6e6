package waypoint.review.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;

/**
 * Who may do what with progress reviews: whoever may see the apprenticeship sees its reviews (the apprenticeship
 * policy); staff who may manage it plan them and write the record; the apprentice writes the self-reflection; each
 * of the three signs as their own party. Someone who may not see the apprenticeship is told it is not found.
 */
@Service
public class ReviewPolicy {

    private final ApprenticeshipAccess access;

    ReviewPolicy(ApprenticeshipAccess access) {
        this.access = access;
    }

    public ApprenticeshipSummary requireView(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return access.requireView(user, apprenticeshipId);
    }

    public ApprenticeshipSummary requireManage(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return access.requireManage(user, apprenticeshipId);
    }

    public boolean canManage(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        return access.canManage(user, apprenticeship);
    }

    public boolean isLearner(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        return access.isTheApprentice(user, apprenticeship);
    }

    public boolean isEmployer(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        return access.isEmployerContact(user, apprenticeship);
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
