package waypoint.feedback;

/** The kinds of feedback the policy names (the complaints policy, “Definitions”), and the assessment appeal (the learner handbook). */
public enum FeedbackKind {
    COMPLAINT("Complaint"), COMPLIMENT("Compliment"), SUGGESTION("Suggestion"), APPEAL("Assessment appeal");

    private final String label;

    FeedbackKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Complaints and appeals are seen only by the people handling them, the quality role and the complainant. */
    public boolean isConfidential() {
        return this == COMPLAINT || this == APPEAL;
    }
}
