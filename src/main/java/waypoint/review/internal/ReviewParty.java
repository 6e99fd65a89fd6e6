package waypoint.review.internal;

/** The three people who sign a progress review: the learner, the employer and the tutor each sign. */
public enum ReviewParty {
    LEARNER("Apprentice"),
    EMPLOYER("Employer"),
    TUTOR("Tutor");

    private final String words;

    ReviewParty(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
