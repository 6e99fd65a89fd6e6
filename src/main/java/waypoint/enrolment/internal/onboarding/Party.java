package waypoint.enrolment.internal.onboarding;

/** The three parties to a training plan (DOMAIN.md, Training plan: “signed by apprentice, employer and provider”). */
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
