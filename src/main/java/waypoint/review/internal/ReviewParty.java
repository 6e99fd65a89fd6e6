package waypoint.review.internal;

/** The three people who sign a progress review (issue 7: “learner, employer and tutor each sign”). */
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
