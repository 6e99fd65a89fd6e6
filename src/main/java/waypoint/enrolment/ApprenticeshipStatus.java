package waypoint.enrolment;

/**
 * Where an apprenticeship is in its life (the learner handbook, “How will my apprenticeship progress?”). The allowed
 * moves between them are the lifecycle table (docs/workflows/apprenticeship-lifecycle.md).
 */
public enum ApprenticeshipStatus {
    ONBOARDING("Onboarding", true),
    IN_LEARNING("In learning", true),
    BREAK_IN_LEARNING("Break in learning", true),
    GATEWAY("Gateway", true),
    END_POINT_ASSESSMENT("End-point assessment", true),
    COMPLETED("Completed", false),
    WITHDRAWN("Withdrawn", false);

    private final String words;
    private final boolean active;

    ApprenticeshipStatus(String words, boolean active) {
        this.words = words;
        this.active = active;
    }

    /** “In learning”. */
    public String words() {
        return words;
    }

    /** Still under way: an apprentice may be withdrawn from any active status. */
    public boolean isActive() {
        return active;
    }
}
