package waypoint.feedback.internal;

import org.springframework.stereotype.Component;

import waypoint.feedback.FeedbackKind;
import waypoint.feedback.internal.ComplaintStages.Action;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/**
 * Who may see and change a case (the complaints policy, “Confidentiality”). A complaint or appeal is seen only
 * by the people handling it (its owner now and before), the quality role, and the complainant and their authorised
 * representative: not by other staff, not by administrators. Compliments and suggestions are seen by all staff and
 * by whoever gave them.
 */
@Component
public class FeedbackPolicy {

    public boolean isComplainant(CurrentUser user, Feedback f) {
        return user.id().equals(f.complainantAccountId()) || user.id().equals(f.representativeAccountId());
    }

    public boolean canView(CurrentUser user, Feedback f, boolean handler) {
        if (isComplainant(user, f) || handler || user.has(Role.QUALITY)) {
            return true;
        }
        return !f.kind().isConfidential() && user.isStaff();
    }

    /** Handling: acknowledging, responding, extending, closing, assigning. */
    public boolean canHandle(CurrentUser user, Feedback f, boolean handler) {
        if (user.id().equals(f.ownerAccountId()) || user.has(Role.QUALITY)) {
            return true;
        }
        if (f.kind().isConfidential()) {
            return handler && user.isStaff();
        }
        return user.hasAny(Role.HEAD_OF_DELIVERY, Role.DIRECTOR);
    }

    /**
     * A complaint step: handlers take any step but the job's; the complainant (or representative) may themselves
     * put the complaint in writing (stage 2) or escalate it (stage 3), as the policy invites them to.
     */
    public boolean canTake(CurrentUser user, Feedback f, boolean handler, Action action) {
        if (action == Action.CLOSE_AFTER_NO_REPLY) {
            return false;
        }
        if (canHandle(user, f, handler)) {
            return true;
        }
        return isComplainant(user, f) && f.kind() == FeedbackKind.COMPLAINT
                && (action == Action.ESCALATE_TO_STAGE_2 || action == Action.ESCALATE_TO_STAGE_3);
    }

    public boolean canRaiseOnBehalf(CurrentUser user) {
        return user.isStaff();
    }

    public boolean canChangeSettings(CurrentUser user) {
        return user.hasAny(Role.QUALITY, Role.ADMINISTRATOR);
    }

    /** The Board report counts cases without their contents, for the people who present it. */
    public boolean canSeeReport(CurrentUser user) {
        return user.hasAny(Role.QUALITY, Role.DIRECTOR, Role.HEAD_OF_DELIVERY);
    }

    public boolean canManageSurveys(CurrentUser user) {
        return user.hasAny(Role.QUALITY, Role.DIRECTOR, Role.HEAD_OF_DELIVERY);
    }
}
