package waypoint.feedback;

/**
 * Where an assessment appeal goes (the complaints policy, “Assessment and Accreditation”; the learner handbook, “If a complaint or appeal is
 * unresolved“): the provider's own appeals procedure for its assessment decisions, the awarding organisation's
 * process for a qualification, the end-point assessment organisation's process for an EPA decision.
 */
public enum AppealRoute {
    PROVIDER("The provider’s appeals procedure"),
    AWARDING_ORGANISATION("The awarding organisation’s appeals process"),
    EPAO("The end-point assessment organisation’s appeals process");

    private final String label;

    AppealRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
