package waypoint.review;

/** Where a progress review is; the allowed moves are the review table (docs/workflows/progress-review.md). */
public enum ReviewState {
    DUE("Due, not yet planned", true),
    PLANNED("Planned", true),
    AWAITING_SIGNATURES("Waiting for signatures", false),
    SIGNED("Signed", false),
    AMENDING("Being amended", false),
    CANCELLED("Cancelled", false);

    private final String words;
    private final boolean toBeHeld;

    ReviewState(String words, boolean toBeHeld) {
        this.words = words;
        this.toBeHeld = toBeHeld;
    }

    public String words() {
        return words;
    }

    /** Not yet held: it can be overdue. */
    public boolean toBeHeld() {
        return toBeHeld;
    }
}
