package waypoint.portfolio.internal;

/** The tutor's decision on one KSB an item claims. */
public enum ClaimDecision {
    PENDING("Not assessed yet"), ACCEPTED("Accepted"), REFERRED_BACK("Referred back");

    private final String words;

    ClaimDecision(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
