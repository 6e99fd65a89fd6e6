package waypoint.delivery.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.NotFoundException;

/**
 * Who may do what with sessions and messages, by the apprenticeship relationship rule ({@link ApprenticeshipAccess}):
 * whoever may see an apprenticeship sees its sessions (a learner their own, an employer contact their apprentices');
 * staff who may manage every apprenticeship of a session schedule, move, cancel and record it. Someone who may see
 * none of a session's apprenticeships is told it is not found, so ids give nothing away.
 */
@Service
public class DeliveryPolicy {

    private final ApprenticeshipAccess access;

    DeliveryPolicy(ApprenticeshipAccess access) {
        this.access = access;
    }

    public ApprenticeshipSummary requireView(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return access.requireView(user, apprenticeshipId);
    }

    /**
     * Messages are between an apprentice, their employer and the provider's staff: people outside the provider, who
     * are granted the apprenticeship's records, do not read them (docs/domain/external-access.md).
     */
    public void requireMessageReader(CurrentUser user) {
        if (user.has(Role.EXTERNAL)) {
            throw new AccessDeniedException("Messages are not part of the records shared outside the provider");
        }
    }

    public ApprenticeshipSummary requireManage(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return access.requireManage(user, apprenticeshipId);
    }

    public boolean canManage(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return user.isStaff() && access.canManage(user, apprenticeshipId);
    }

    /** The attendees this person may see; none means the session is not found for them. */
    public List<Attendee> requireViewSession(CurrentUser user, List<Attendee> attendees) {
        List<Attendee> visible = attendees.stream().filter(a -> access.canView(user, a.apprenticeship().id())).toList();
        if (visible.isEmpty()) {
            throw new NotFoundException("Session");
        }
        return visible;
    }

    /** Staff who may manage every apprenticeship of the session. */
    public boolean canManageSession(CurrentUser user, List<Attendee> attendees) {
        return user.isStaff() && !attendees.isEmpty()
                && attendees.stream().allMatch(a -> access.canManage(user, a.apprenticeship().id()));
    }

    public void requireManageSession(CurrentUser user, List<Attendee> attendees) {
        requireViewSession(user, attendees);
        if (!canManageSession(user, attendees)) {
            throw new AccessDeniedException("Only staff working on every apprenticeship of this session may change it");
        }
    }

    public boolean isLearner(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        return access.isTheApprentice(user, apprenticeship);
    }

    public boolean isEmployer(CurrentUser user, ApprenticeshipSummary apprenticeship) {
        return access.isEmployerContact(user, apprenticeship);
    }

    /** The owner an action of this apprenticeship has when this person is the one to do it. */
    public boolean owns(CurrentUser user, ApprenticeshipSummary apprenticeship, String owner) {
        return switch (owner) {
            case "LEARNER" -> isLearner(user, apprenticeship);
            case "EMPLOYER" -> isEmployer(user, apprenticeship);
            default -> canManage(user, apprenticeship.id());
        };
    }
}
