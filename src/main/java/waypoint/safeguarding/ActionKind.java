package waypoint.safeguarding;

/** What a handler did about a concern, as recorded in its chronology. */
public enum ActionKind {
    REFERRAL("Referral to an external agency"), SUPPORT("Support put in place"), SIGNPOSTING("Signposting"),
    NOTE("Note");

    private final String label;

    ActionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
