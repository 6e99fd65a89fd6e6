package waypoint.reporting.internal.ilr;

import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/**
 * Who may do what with the ILR return (docs/domain/ilr.md, "Who prepares the return"): administrators and the data
 * officer check the whole return, export it, download it and read the returns kept; a tutor reads the problems of
 * their own caseload only; nobody else sees the return. A return with errors is exported only by an administrator who
 * chooses to, as Submit learner data itself accepts a file with errors.
 */
@Component
public class IlrReturnPolicy {

    public boolean canPrepare(CurrentUser user) {
        return user.hasAny(Role.ADMINISTRATOR, Role.DATA_OFFICER);
    }

    /** Checking: the whole return for those who prepare it; a tutor their caseload. */
    public boolean canCheck(CurrentUser user) {
        return canPrepare(user) || user.has(Role.TUTOR);
    }

    public boolean canExportWithErrors(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR);
    }
}
