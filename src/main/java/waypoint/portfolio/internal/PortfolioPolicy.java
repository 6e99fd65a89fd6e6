package waypoint.portfolio.internal;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.NotFoundException;

/**
 * Who may do what in a portfolio (role + relationship, the relationship from {@link ApprenticeshipAccess}): the
 * learner their own; staff who may see the apprenticeship read it, those who manage it assess and sign off; quality
 * staff sample decisions; an employer contact sees their apprentices' progress and the journal entries shared with
 * them, never the evidence files. Someone outside the provider (an auditor, inspector, external quality assurer or
 * assessor) reads the portfolio of each apprenticeship their grant covers, as staff do, and changes nothing
 * (docs/domain/external-access.md). Someone who may not see the apprenticeship gets 404, as if it did not exist.
 */
@Component
public class PortfolioPolicy {

    private final ApprenticeshipAccess access;
    private final Apprenticeships apprenticeships;

    PortfolioPolicy(ApprenticeshipAccess access, Apprenticeships apprenticeships) {
        this.access = access;
        this.apprenticeships = apprenticeships;
    }

    /** The apprenticeship, if this person may see it at all; else 404. */
    public ApprenticeshipSummary visible(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        if (!access.canView(user, apprenticeshipId)) {
            throw new NotFoundException("apprenticeship");
        }
        return apprenticeships.find(apprenticeshipId)
                .orElseThrow(() -> new NotFoundException("apprenticeship"));
    }

    /**
     * Evidence, its files, documents and the unshared journal: the learner and staff, and people outside the provider
     * whose grant covers it; not the employer.
     */
    public ApprenticeshipSummary readable(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary a = visible(user, apprenticeshipId);
        if (!mayRead(user, a)) {
            throw new AccessDeniedException("The portfolio's evidence is for the apprentice and their tutors");
        }
        return a;
    }

    public boolean mayRead(CurrentUser user, ApprenticeshipSummary a) {
        return own(user, a) || user.isStaff() || user.has(Role.EXTERNAL);
    }

    public boolean own(CurrentUser user, ApprenticeshipSummary a) {
        return user.id().equals(a.learnerAccountId());
    }

    /** The learner adds to their own portfolio; staff who manage the apprenticeship add for them. */
    public boolean mayAdd(CurrentUser user, ApprenticeshipSummary a) {
        return own(user, a) || mayAssess(user, a);
    }

    public ApprenticeshipSummary adding(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary a = readable(user, apprenticeshipId);
        if (!mayAdd(user, a)) {
            throw new AccessDeniedException("Only the apprentice or their tutors add to the portfolio");
        }
        return a;
    }

    public boolean mayAssess(CurrentUser user, ApprenticeshipSummary a) {
        return user.isStaff() && access.canManage(user, a.id());
    }

    public ApprenticeshipSummary assessing(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary a = readable(user, apprenticeshipId);
        if (!mayAssess(user, a)) {
            throw new AccessDeniedException("Only the apprentice's tutors assess evidence");
        }
        return a;
    }

    /** Internal quality assurance is the quality staff's job. */
    public boolean maySample(CurrentUser user) {
        return user.has(Role.QUALITY);
    }
}
