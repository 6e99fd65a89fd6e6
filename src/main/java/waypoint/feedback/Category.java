package waypoint.feedback;

/** What the feedback is about, for the Board report's analysis (the complaints policy, “Monitoring and Review”). */
public enum Category {
    TEACHING("Teaching and learning"), ASSESSMENT("Assessment"), COMMUNICATION("Communication"),
    STAFF_CONDUCT("Staff conduct"), ADMINISTRATION("Administration"), SUPPORT("Support and wellbeing"),
    EQUALITY("Equality and diversity"), OTHER("Other");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
