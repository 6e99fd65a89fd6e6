package waypoint.demo;

import java.util.Set;

import waypoint.identity.Role;

/**
 * The demo logins README lists: one per job, all with the same password. People outside the provider hold their
 * access through a grant, made with their account by the demo data after the apprenticeships.
 */
public enum DemoAccounts {
    ADMIN("admin@waypoint.test", "Alex Admin", Set.of(Role.ADMINISTRATOR)),
    TUTOR("tutor@waypoint.test", "Taylor Tutor", Set.of(Role.TUTOR)),
    LEAD("lead@waypoint.test", "Lee Lead", Set.of(Role.LEAD, Role.TUTOR)),
    HEAD("head@waypoint.test", "Harper Head", Set.of(Role.HEAD_OF_DELIVERY)),
    DIRECTOR("director@waypoint.test", "Dana Director", Set.of(Role.DIRECTOR)),
    QUALITY("quality@waypoint.test", "Quinn Quality", Set.of(Role.QUALITY)),
    SAFEGUARDING("safeguarding@waypoint.test", "Sam Safeguarding", Set.of(Role.SAFEGUARDING_LEAD)),
    DATA_OFFICER("data@waypoint.test", "Morgan Data", Set.of(Role.DATA_OFFICER)),
    DATA_PROTECTION_OFFICER("dpo@waypoint.test", "Devi Protection", Set.of(Role.DATA_PROTECTION_OFFICER)),
    EMPLOYER("employer@waypoint.test", "Erin Employer", Set.of(Role.EMPLOYER_CONTACT)),
    LEARNER("learner@waypoint.test", "Lola Learner", Set.of(Role.LEARNER)),
    /** A funding auditor from outside the provider, with a funding audit sample (DemoExternalAccess). */
    AUDITOR("auditor@waypoint.test", "Avery Auditor", Set.of(Role.EXTERNAL)),
    /** An Ofsted inspector from outside the provider, with every apprentice on a standard (DemoExternalAccess). */
    INSPECTOR("inspector@waypoint.test", "Indy Inspector", Set.of(Role.EXTERNAL));

    public static final String PASSWORD = "waypoint-demo";

    private final String email;
    private final String displayName;
    private final Set<Role> roles;

    DemoAccounts(String email, String displayName, Set<Role> roles) {
        this.email = email;
        this.displayName = displayName;
        this.roles = roles;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Someone outside the provider, whose account comes with their grant of access. */
    public boolean isExternal() {
        return roles.contains(Role.EXTERNAL);
    }
}
