package waypoint.feedback;

/** Where a case is within its stage. */
public enum FeedbackStatus {
    RECEIVED("Received"), ACKNOWLEDGED("Acknowledged"), RESPONDED("Responded"),
    REFERRED("Referred to the funding body"), CLOSED("Closed");

    private final String label;

    FeedbackStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
