package waypoint.otj.internal;

/** What someone does to an off-the-job entry. */
public enum EntryAction {
    EDIT("edit"),
    RESUBMIT("resubmit"),
    APPROVE("approve"),
    REJECT("reject"),
    ASK_FOR_DETAIL("ask for more detail on"),
    EMPLOYER_CONFIRM("confirm"),
    /** A break in learning recorded over the entry's date, with the tutor's confirmation: no approved hour in a break. */
    UNAPPROVE_FOR_BREAK("un-approve");

    private final String words;

    EntryAction(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
