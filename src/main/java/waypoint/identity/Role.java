package waypoint.identity;

/**
 * The jobs people do in Waypoint. Staff may hold several; learners and employer contacts hold one.
 * The words shown for staff roles follow the provider's own job titles (set by an administrator). People outside the
 * provider hold {@link #EXTERNAL} alone.
 */
public enum Role {
    LEARNER("Apprentice", false),
    EMPLOYER_CONTACT("Employer contact", false),
    TUTOR("Tutor", true),
    LEAD("Lead", true),
    HEAD_OF_DELIVERY("Head of delivery", true),
    DIRECTOR("Director", true),
    QUALITY("Quality", true),
    SAFEGUARDING_LEAD("Safeguarding lead", true),
    /** The MIS manager who prepares and sends the ILR return (docs/domain/ilr.md). */
    DATA_OFFICER("Data officer", true),
    /**
     * Answers subject access requests, keeps the record of processing activities and the privacy notice
     * (docs/domain/data-protection.md).
     */
    DATA_PROTECTION_OFFICER("Data protection officer", true),
    ADMINISTRATOR("Administrator", true),
    /**
     * Someone outside the provider (a funding auditor, an inspector, an external quality assurer, an assessment
     * organisation's assessor) with a time-limited, read-only grant to some apprenticeships; which kind they are and
     * what they may see is in their grant (docs/domain/external-access.md).
     */
    EXTERNAL("External reviewer", false);

    private final String label;
    private final boolean staff;

    Role(String label, boolean staff) {
        this.label = label;
        this.staff = staff;
    }

    public String label() {
        return label;
    }

    public boolean isStaff() {
        return staff;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
