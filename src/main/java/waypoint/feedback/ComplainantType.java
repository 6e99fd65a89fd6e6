package waypoint.feedback;

/** Who gave the feedback (the complaints policy: learners, employers and all other external stakeholders). */
public enum ComplainantType {
    LEARNER("Apprentice"), EMPLOYER("Employer"), OTHER("Other stakeholder");

    private final String label;

    ComplainantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
