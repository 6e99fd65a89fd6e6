package waypoint.supportcase.internal;

/** What a formal stage's recommendation may be (docs/domain/support-policy.md, The recommendation). */
public enum Outcome {
    BACK_TO_STAGE_1("Move back to stage 1 (informal)"),
    BACK_TO_STAGE_2("Move back to stage 2 (informal)"),
    OFF_SUPPORT("Off support"),
    EXTEND_STAGE_3("Extend the formal support at stage 3"),
    ESCALATE_TO_STAGE_4("Escalate to stage 4"),
    ESCALATE_TO_STAGE_5("Escalate to stage 5"),
    BREAK_IN_LEARNING("A break in learning"),
    END_APPRENTICESHIP("Termination of training provision: end the apprenticeship");

    private final String words;

    Outcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
