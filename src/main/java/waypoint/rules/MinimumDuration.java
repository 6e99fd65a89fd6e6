package waypoint.rules;

import java.util.Optional;

/**
 * The shortest practical period the rules allow for this apprenticeship, the longest where the programme type has one
 * (an apprenticeship unit: 16 weeks), and the one planned.
 */
public record MinimumDuration(long minimumDays, long plannedDays, Optional<Long> maximumDays) {

    public MinimumDuration(long minimumDays, long plannedDays) {
        this(minimumDays, plannedDays, Optional.empty());
    }

    public MinimumDuration {
        maximumDays = maximumDays == null ? Optional.empty() : maximumDays;
    }

    /** Whether the planned dates meet the minimum (end − start ≥ minimum, as the ILR checks it) and any maximum. */
    public boolean met() {
        return plannedDays >= minimumDays && maximumDays.map(most -> plannedDays <= most).orElse(true);
    }
}
