package waypoint.delivery;

/** Where a teaching, learning and assessment session is: scheduled, recorded after it took place, or cancelled. */
public enum SessionState {
    SCHEDULED("Scheduled"),
    RECORDED("Recorded"),
    CANCELLED("Cancelled");

    private final String words;

    SessionState(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
