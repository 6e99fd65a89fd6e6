package waypoint.enrolment;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.internal.apprenticeship.ApprenticeshipPolicy;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipRepository;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipViewers;
import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalGrant;

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

    /**
     * The apprenticeships one grant of access for someone outside the provider covers today, whatever else they hold
     * (docs/domain/external-access.md): for what a module opens to one kind of grant alone, such as a funding
     * auditor's evidence packs.
     */
    @Transactional(readOnly = true)
    public Set<UUID> coveredBy(ExternalGrant grant) {
        return viewers.covered(grant);
    }

    @Transactional(readOnly = true)
    public ApprenticeshipScope scopeOf(CurrentUser user) {
        return policy.scopeOf(viewers.of(user));
    }
}
