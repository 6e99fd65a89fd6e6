package waypoint.enrolment;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.internal.apprenticeship.ApprenticeshipPolicy;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipRepository;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipViewers;
import waypoint.identity.CurrentUser;

/**
 * The apprenticeship relationship rule for every module that shows or changes anything of an apprenticeship: may
 * this person see it, may they manage it, which apprenticeships may they see at all. The rule itself is written
 * once, in the apprenticeship policy.
 */
@Service
public class ApprenticeshipAccess {

    private final ApprenticeshipPolicy policy;
    private final ApprenticeshipViewers viewers;
    private final ApprenticeshipRepository apprenticeships;

    ApprenticeshipAccess(ApprenticeshipPolicy policy, ApprenticeshipViewers viewers, ApprenticeshipRepository apprenticeships) {
        this.policy = policy;
        this.viewers = viewers;
        this.apprenticeships = apprenticeships;
    }

    /** False for an apprenticeship that does not exist, as for one the person may not see. */
    @Transactional(readOnly = true)
    public boolean canView(CurrentUser user, UUID apprenticeshipId) {
        var viewer = viewers.of(user);
        return apprenticeships.findById(apprenticeshipId).map(a -> policy.canView(viewer, a)).orElse(false);
    }

    /** Administrators, heads of delivery, leads and directors, and the tutor or other staff working on it. */
    @Transactional(readOnly = true)
    public boolean canManage(CurrentUser user, UUID apprenticeshipId) {
        var viewer = viewers.of(user);
        return apprenticeships.findById(apprenticeshipId).map(a -> policy.canManage(viewer, a)).orElse(false);
    }

    @Transactional(readOnly = true)
    public ApprenticeshipScope scopeOf(CurrentUser user) {
        return policy.scopeOf(viewers.of(user));
    }
}
