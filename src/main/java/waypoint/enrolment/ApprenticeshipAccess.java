package waypoint.enrolment;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.internal.apprenticeship.ApprenticeshipPolicy;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipRepository;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipViewers;
import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalGrant;
import waypoint.identity.Role;
import waypoint.shared.NotFoundException;

/**
 * The apprenticeship relationship rule for every module that shows or changes anything of an apprenticeship: may
 * this person see it, may they manage it, how do they stand to it (the apprentice, a contact of its employer, staff
 * working on it), which apprenticeships may they see at all. The rule itself is written once, in the apprenticeship
 * policy; every module's own policy asks it here rather than writing it again. Someone who may not see an
 * apprenticeship is told it is not found, as for one that does not exist, so ids give nothing away.
 */
@Service
public class ApprenticeshipAccess {

    private final ApprenticeshipPolicy policy;
    private final ApprenticeshipViewers viewers;
    private final ApprenticeshipRepository apprenticeships;
    private final Apprenticeships summaries;

    ApprenticeshipAccess(ApprenticeshipPolicy policy, ApprenticeshipViewers viewers,
            ApprenticeshipRepository apprenticeships, Apprenticeships summaries) {
        this.policy = policy;
        this.viewers = viewers;
        this.apprenticeships = apprenticeships;
        this.summaries = summaries;
    }

    /** False for an apprenticeship that does not exist, as for one the person may not see. */
    @Transactional(readOnly = true)
    public boolean canView(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return policy.seenBy(viewers.of(user), apprenticeshipId).isPresent();
    }

    /** Administrators, heads of delivery, leads and directors, and the tutor or other staff working on it. */
    @Transactional(readOnly = true)
    public boolean canManage(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        var viewer = viewers.of(user);
        return apprenticeships.findById(apprenticeshipId.value()).map(a -> policy.canManage(viewer, a)).orElse(false);
    }

    /** The apprenticeship, for someone who may see it; otherwise not found. */
    @Transactional(readOnly = true)
    public ApprenticeshipSummary requireView(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return summaries.find(apprenticeshipId).filter(a -> canView(user, apprenticeshipId))
                .orElseThrow(() -> new NotFoundException("Apprenticeship"));
    }

    /** The apprenticeship, for staff who may manage it; not found for who may not see it, refused for the rest. */
    @Transactional(readOnly = true)
    public ApprenticeshipSummary requireManage(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = requireView(user, apprenticeshipId);
        if (!canManage(user, apprenticeship)) {
            throw new AccessDeniedException("Only staff working on this apprenticeship may do this");
        }
        return apprenticeship;
    }

    /** Staff working on it (or seeing the provider whole): they plan, record and sign for the provider. */
    public boolean canManage(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        return user.isStaff() && canManage(user, apprenticeship.id());
    }

    /** The apprentice themself. */
    public boolean isTheApprentice(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        return user.has(Role.LEARNER) && user.id().equals(apprenticeship.learnerAccountId());
    }

    /** A contact of the apprenticeship's employer (employer contacts may see only their own employer's). */
    public boolean isEmployerContact(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        return user.has(Role.EMPLOYER_CONTACT) && canView(user, apprenticeship.id());
    }

    /**
     * The apprenticeships one grant of access for someone outside the provider covers today, whatever else they hold
     * (docs/domain/external-access.md): for what a module opens to one kind of grant alone, such as a funding
     * auditor's evidence packs.
     */
    @Transactional(readOnly = true)
    public boolean covers(ExternalGrant grant, ApprenticeshipId apprenticeshipId) {
        return viewers.covers(grant, apprenticeshipId.value());
    }

    @Transactional(readOnly = true)
    public ApprenticeshipScope scopeOf(CurrentUser user) {
        return policy.scopeOf(viewers.of(user));
    }
}
