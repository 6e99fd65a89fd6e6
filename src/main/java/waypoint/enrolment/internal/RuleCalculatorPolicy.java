package waypoint.enrolment.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;

/**
 * Who may use the rules calculator: any member of staff, since they plan apprenticeships and answer questions about
 * them. Learners and employer contacts see the figures of their own apprenticeship, not a calculator.
 */
@Component
public class RuleCalculatorPolicy {

    public boolean canUse(CurrentUser user) {
        return user.isStaff();
    }

    void requireUse(CurrentUser user) {
        if (!canUse(user)) {
            throw new AccessDeniedException("The rules calculator is for staff");
        }
    }
}
