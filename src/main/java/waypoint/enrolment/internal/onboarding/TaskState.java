package waypoint.enrolment.internal.onboarding;

/** A task's status as the GOV.UK task list pattern shows it. */
public enum TaskState {
    CANNOT_START_YET("Cannot start yet"),
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed");

    private final String words;

    TaskState(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
