package waypoint.enrolment.internal.onboarding;

/**
 * The three parties to a training plan (signed by the apprentice, the employer and the provider;
 * docs/domain/enrolment.md).
 */
public enum Party {
    LEARNER("Apprentice"),
    EMPLOYER("Employer"),
    PROVIDER("Training provider");

    private final String words;

    Party(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
