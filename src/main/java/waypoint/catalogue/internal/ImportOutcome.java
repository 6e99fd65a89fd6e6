package waypoint.catalogue.internal;

/** What importing one standard did. */
public enum ImportOutcome {
    NEW("new"),
    NEW_VERSION("new version"),
    UPDATED("updated"),
    UNCHANGED("unchanged");

    private final String label;

    ImportOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
