package waypoint.safeguarding;

import waypoint.identity.Role;

/**
 * What a concern is about, and so who handles it. Safeguarding disclosures, Prevent concerns, bullying or harassment
 * and wellbeing worries go to the safeguarding lead (the learner handbook, Safeguarding: the right to make a
 * disclosure and to
 * learn free from bullying or harassment; Prevent Duty: concerns go to the safeguarding officer). Unfair treatment and
 * health and safety incidents are handled by quality (the learner handbook, Equality and Diversity: if you feel that
 * you have not
 * been treated fairly, we want you to tell us; Health and Safety: always report accidents and dangers).
 */
public enum ConcernKind {
    SAFEGUARDING("Safeguarding disclosure", "Someone is being harmed, abused or neglected, or is at risk of it",
            Role.SAFEGUARDING_LEAD),
    PREVENT("Prevent concern", "Someone may be being drawn into terrorism or extremism (radicalisation)",
            Role.SAFEGUARDING_LEAD),
    BULLYING_OR_HARASSMENT("Bullying or harassment", "At work, in training or online", Role.SAFEGUARDING_LEAD),
    UNFAIR_TREATMENT("Unfair treatment", "Being treated unfairly, or seeing someone else treated unfairly",
            Role.QUALITY),
    HEALTH_AND_SAFETY("Health and safety", "An accident, a near miss or an unsafe act", Role.QUALITY),
    WELLBEING("Wellbeing worry", "A worry about your own or someone else's wellbeing or mental health",
            Role.SAFEGUARDING_LEAD);

    private final String label;
    private final String hint;
    private final Role handler;

    ConcernKind(String label, String hint, Role handler) {
        this.label = label;
        this.hint = hint;
        this.handler = handler;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** The one role that reads and handles concerns of this kind. */
    public Role handler() {
        return handler;
    }

    /** Handled in the restricted safeguarding case log. */
    public boolean isSafeguarding() {
        return handler == Role.SAFEGUARDING_LEAD;
    }
}
