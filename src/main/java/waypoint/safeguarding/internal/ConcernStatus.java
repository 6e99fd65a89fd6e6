package waypoint.safeguarding.internal;

public enum ConcernStatus {
    OPEN("New"), TRIAGED("In progress"), CLOSED("Closed");

    private final String label;

    ConcernStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
