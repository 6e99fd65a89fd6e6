package waypoint.enrolment.internal.onboarding;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;

/**
 * Who may do what in onboarding: anyone who may see the apprenticeship sees its onboarding; staff who may manage it do
 * the tasks; the learner fills in their skills scan and prior learning application and signs; an employer contact of
 * its employer gives the employer's ratings and signature. Someone who may not see the apprenticeship is told it is not
 * found, so its existence is not given away; someone who may see it but not do a thing is refused.
 */
@Service
public class OnboardingPolicy {

    private final ApprenticeshipAccess access;

    OnboardingPolicy(ApprenticeshipAccess access) {
        this.access = access;
    }

    public ApprenticeshipSummary requireView(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return access.requireView(user, apprenticeshipId);
    }

    public ApprenticeshipSummary requireManage(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return access.requireManage(user, apprenticeshipId);
    }

    public ApprenticeshipSummary requireLearner(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = requireView(user, apprenticeshipId);
        if (!isLearner(user, apprenticeship)) {
            throw new AccessDeniedException("Only the apprentice may do this");
        }
        return apprenticeship;
    }

    public ApprenticeshipSummary requireEmployer(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = requireView(user, apprenticeshipId);
        if (!isEmployer(user, apprenticeship)) {
            throw new AccessDeniedException("Only the apprentice's employer may do this");
        }
        return apprenticeship;
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

    /** The party a person signs the training plan as, if any. */
    public java.util.Optional<Party> partyOf(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        if (isLearner(user, apprenticeship)) {
            return java.util.Optional.of(Party.LEARNER);
        }
        if (isEmployer(user, apprenticeship)) {
            return java.util.Optional.of(Party.EMPLOYER);
        }
        if (canManage(user, apprenticeship)) {
            return java.util.Optional.of(Party.PROVIDER);
        }
        return java.util.Optional.empty();
    }
}
