package waypoint.dataprotection;

/** Where a subject access request is (docs/domain/data-protection.md, "Answering a subject access request"). */
public enum RequestState {
    RECEIVED("Received", true),
    IDENTITY_CHECKED("Identity checked", true),
    GATHERING("Gathering", true),
    READY_FOR_REVIEW("Ready for review", true),
    RELEASED("Released", false),
    REFUSED_IN_PART("Released, refused in part", false);

    private final String words;
    private final boolean open;

    RequestState(String words, boolean open) {
        this.words = words;
        this.open = open;
    }

    public String words() {
        return words;
    }

    /** Still to be answered: its deadline matters. */
    public boolean isOpen() {
        return open;
    }

    /** The person who asked can download their pack. */
    public boolean isAnswered() {
        return !open;
    }
}
