package waypoint.feedback;

/** How a case ended, for the Board report. */
public enum Outcome {
    UPHELD("Upheld"), PARTLY_UPHELD("Partly upheld"), NOT_UPHELD("Not upheld"), RESOLVED("Resolved"),
    WITHDRAWN("Withdrawn"), NO_REPLY("Closed: no reply within a month"), REFERRED("Referred to the funding body"),
    ACKNOWLEDGED("Acknowledged");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
