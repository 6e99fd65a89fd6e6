package waypoint.safeguarding;

/**
 * The three health and safety reports the learner handbook asks everyone to make ("Health &amp; Safety";
 * docs/domain/provider-documents.md).
 */
public enum IncidentCategory {
    ACCIDENT("Accident"), NEAR_MISS("Near miss"), UNSAFE_ACT("Unsafe act");

    private final String label;

    IncidentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
