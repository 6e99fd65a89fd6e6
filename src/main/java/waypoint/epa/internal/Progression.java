package waypoint.epa.internal;

/**
 * What comes next, from the conversation after the end-point assessment (the learner handbook, “What next?”: “moving to
 * higher-level qualifications, possible promotion within your workplace or further training”).
 */
public enum Progression {
    HIGHER_APPRENTICESHIP("A higher-level apprenticeship"),
    PROMOTION("Promotion at work"),
    FURTHER_TRAINING("Further training"),
    NOT_DECIDED("Not decided yet");

    private final String words;

    Progression(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
