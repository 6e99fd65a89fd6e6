package waypoint.catalogue;

/** What a standard asks the apprentice to build or achieve during the programme, before the gateway. */
public enum OnProgrammeRequirementKind {
    PORTFOLIO("Portfolio"),
    SHOWCASE("Showcase"),
    QUALIFICATION("Qualification");

    private final String label;

    OnProgrammeRequirementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
