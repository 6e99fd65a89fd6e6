package waypoint.safeguarding;

/** The risk the handler judges at triage. */
public enum RiskLevel {
    LOW("Low"), MEDIUM("Medium"), HIGH("High"), IMMEDIATE("Immediate danger");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
