package waypoint.otj.internal;

/** Where an off-the-job entry is in its approval (the table is {@link EntryStateTable}). */
public enum EntryState {
    SUBMITTED("Waiting for approval", "govuk-tag--blue"),
    MORE_DETAIL_REQUESTED("More detail asked for", "govuk-tag--yellow"),
    REJECTED("Rejected", "govuk-tag--red"),
    APPROVED("Approved", "govuk-tag--green");

    private final String words;
    private final String tagClass;

    EntryState(String words, String tagClass) {
        this.words = words;
        this.tagClass = tagClass;
    }

    public String words() {
        return words;
    }

    public String tagClass() {
        return tagClass;
    }

    /** Counted as pending hours: logged but not yet approved or rejected. */
    public boolean isPending() {
        return this == SUBMITTED || this == MORE_DETAIL_REQUESTED;
    }
}
