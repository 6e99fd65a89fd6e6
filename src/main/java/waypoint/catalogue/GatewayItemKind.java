package waypoint.catalogue;

/** The kinds of thing a gateway checklist asks for before the end-point assessment. */
public enum GatewayItemKind {
    EMPLOYER_CONFIRMATION("Employer confirmation"),
    APPRENTICE_CONFIRMATION("Apprentice confirmation"),
    QUALIFICATION_ACHIEVED("Qualification achieved"),
    PORTFOLIO_SUBMITTED("Portfolio submitted"),
    SHOWCASE_PREPARED("Showcase prepared"),
    MINIMUM_DURATION_MET("Minimum duration met"),
    OFF_THE_JOB_HOURS_DELIVERED("Off-the-job hours delivered"),
    PROJECT_AGREED("Project agreed");

    private final String label;

    GatewayItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
