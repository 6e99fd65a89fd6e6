package waypoint.rules;

/** The shortest practical period the rules allow for this apprenticeship, and the one planned. */
public record MinimumDuration(long minimumDays, long plannedDays) {

    /** Whether the planned dates meet the minimum (end − start ≥ minimum, as the ILR checks it). */
    public boolean met() {
        return plannedDays >= minimumDays;
    }
}
