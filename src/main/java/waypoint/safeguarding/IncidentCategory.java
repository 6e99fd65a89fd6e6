package waypoint.safeguarding;

/** The three health and safety reports the seed asks everyone to make (seed 000 "Health &amp; Safety"). */
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
