package waypoint.safeguarding;

/** The external agencies a safeguarding lead refers to. */
public enum Agency {
    LOCAL_AUTHORITY("Local authority"), POLICE("Police"), CHANNEL_PREVENT("Channel / Prevent"),
    HSE("Health and Safety Executive (RIDDOR)"), OTHER("Other agency");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
