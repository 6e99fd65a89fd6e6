package waypoint.otj.internal;

/** Why a tutor rejects an entry (docs/domain/off-the-job-hours.md, Approval); OTHER needs text. */
public enum RejectionReason {
    NOT_OFF_THE_JOB("Not off-the-job training"),
    NOT_ENOUGH_DETAIL("Not enough detail"),
    DUPLICATE("Duplicate"),
    OUTSIDE_WORKING_HOURS("Outside working hours"),
    OTHER("Other");

    private final String words;

    RejectionReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
