package waypoint.epa.internal;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;

/**
 * Who may see and do what of an apprenticeship's gateway and EPA: anyone who may see the apprenticeship sees it (the
 * apprenticeship relationship rule); staff who manage it record everything; the employer's line manager confirms the
 * employer's item and the apprentice their own, and each signs the gateway meeting record as their party.
 */
@Component
public class EpaPolicy {

    private final ApprenticeshipAccess access;
    private final Apprenticeships apprenticeships;

    EpaPolicy(ApprenticeshipAccess access, Apprenticeships apprenticeships) {
        this.access = access;
        this.apprenticeships = apprenticeships;
    }

    /** The apprenticeship, or not found when it does not exist or the person may not see it (never which). */
    public ApprenticeshipSummary viewable(CurrentUser user, ApprenticeshipId id) {
        if (!access.canView(user, id)) {
            throw new NotFoundException("No apprenticeship " + id);
        }
        return apprenticeships.find(id)
                .orElseThrow(() -> new NotFoundException("No apprenticeship " + id));
    }

    public ApprenticeshipSummary manageable(CurrentUser user, ApprenticeshipId id) {
        ApprenticeshipSummary a = viewable(user, id);
        if (!access.canManage(user, id)) {
            throw new AccessDeniedException("Only staff working on the apprenticeship record its gateway and EPA");
        }
        return a;
    }

    public boolean canManage(CurrentUser user, ApprenticeshipId id) {
        return access.canManage(user, id);
    }

    /** The party the person signs or confirms as: the apprentice, the employer, or staff (the mentor). */
    public static Party partyOf(CurrentUser user, ApprenticeshipSummary a) {
        if (user.id().equals(a.learnerAccountId())) {
            return Party.APPRENTICE;
        }
        if (user.id().equals(a.lineManagerAccountId())) {
            return Party.EMPLOYER;
        }
        return user.isStaff() ? Party.MENTOR : Party.NONE;
    }

    public enum Party {
        MENTOR("Mentor"), EMPLOYER("Employer"), APPRENTICE("Apprentice"), NONE("None");

        private final String words;

        Party(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
