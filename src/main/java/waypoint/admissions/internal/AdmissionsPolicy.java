package waypoint.admissions.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/**
 * Who may do what in admissions (docs/domain/admissions.md, "Who sees what"). Enquiries and applications hold a
 * person's details before they are anyone's learner, so only the staff who recruit see them: administrators,
 * heads of delivery and leads triage, own and accept; a tutor reads the applications to the cohorts they teach,
 * and the cohort pages, without changing anything. Learners, employer contacts and staff in other roles see none
 * of it. Course pages' words are an administrator's; cohorts are planned by administrators and heads of delivery.
 */
@Component
public class AdmissionsPolicy {

    public boolean canTriage(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.HEAD_OF_DELIVERY, Role.LEAD);
    }

    /** Sees the board: those who triage, and tutors (read-only, their own cohorts' applications). */
    public boolean canSeeBoard(CurrentUser user) {
        return canTriage(user) || (user != null && user.has(Role.TUTOR));
    }

    /** Sees every admission, not only those of their own cohorts. */
    public boolean seesAll(CurrentUser user) {
        return canTriage(user);
    }

    public boolean canPlanCohorts(CurrentUser user) {
        return user != null && user.hasAny(Role.ADMINISTRATOR, Role.HEAD_OF_DELIVERY);
    }

    public boolean canWriteCoursePages(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    /** The figures from enquiry to start: those who triage, and directors. */
    public boolean canSeeFigures(CurrentUser user) {
        return canTriage(user) || (user != null && user.has(Role.DIRECTOR));
    }

    public void requireTriage(CurrentUser user) {
        if (!canTriage(user)) {
            throw new AccessDeniedException("Only administrators, heads of delivery and leads triage enquiries and"
                    + " applications");
        }
    }

    public void requireBoard(CurrentUser user) {
        if (!canSeeBoard(user)) {
            throw new AccessDeniedException("Only the staff who recruit see enquiries and applications");
        }
    }

    public void requirePlanCohorts(CurrentUser user) {
        if (!canPlanCohorts(user)) {
            throw new AccessDeniedException("Only administrators and heads of delivery plan cohorts");
        }
    }

    public void requireCoursePages(CurrentUser user) {
        if (!canWriteCoursePages(user)) {
            throw new AccessDeniedException("Only administrators write the course pages");
        }
    }

    public void requireFigures(CurrentUser user) {
        if (!canSeeFigures(user)) {
            throw new AccessDeniedException("Only the staff who recruit, and directors, see the admissions figures");
        }
    }
}
