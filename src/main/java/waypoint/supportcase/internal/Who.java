package waypoint.supportcase.internal;

import waypoint.identity.Role;

/**
 * Who takes a step, in your support policy's roles (docs/domain/support-policy.md): the placement or tech coach, the pastoral or tech lead, the head
 * of developer success or head of training, the director of delivery or director of training; the apprentice or
 * the employer for an appeal. A more senior role may take a junior one's step (a head may record a stage 3 meeting).
 */
public enum Who {
    COACH(Role.TUTOR, 1),
    LEAD(Role.LEAD, 2),
    HEAD(Role.HEAD_OF_DELIVERY, 3),
    DIRECTOR(Role.DIRECTOR, 4),
    APPELLANT(Role.LEARNER, 0);

    private final Role role;
    private final int seniority;

    Who(Role role, int seniority) {
        this.role = role;
        this.seniority = seniority;
    }

    public Role role() {
        return role;
    }

    /** The seniority of the most senior staff role held (a member of staff working on it counts as a coach). */
    static int seniorityOf(java.util.Set<Role> roles) {
        int best = 0;
        for (Who who : values()) {
            if (who != APPELLANT && roles.contains(who.role)) {
                best = Math.max(best, who.seniority);
            }
        }
        return best == 0 && roles.stream().anyMatch(Role::isStaff) ? 1 : best;
    }

    boolean allows(java.util.Set<Role> roles) {
        return seniorityOf(roles) >= seniority;
    }
}
