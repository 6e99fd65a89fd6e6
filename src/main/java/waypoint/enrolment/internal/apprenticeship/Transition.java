package waypoint.enrolment.internal.apprenticeship;

/** The things that can happen to an apprenticeship, each a row (or rows) of the {@link LifecycleTable}. */
public enum Transition {
    CREATE("Apprenticeship recorded"),
    MIGRATE("Brought in from another system"),
    START("Started learning"),
    BREAK("Break in learning"),
    RETURN("Returned from a break in learning"),
    CHANGE_EMPLOYER("Changed employer"),
    CHANGE_LINE_MANAGER("Changed line manager"),
    GATEWAY("Gateway"),
    END_POINT_ASSESSMENT("End-point assessment"),
    COMPLETE("Completed"),
    WITHDRAW("Withdrawn");

    private final String words;

    Transition(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
