package waypoint.otj.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** An entry that passed every rule, with any warnings to show (a day above the contracted daily hours). */
public record ValidEntry(LocalDate date, LocalTime startTime, LocalTime endTime, int minutes, String activityType,
        String description, List<String> ksbs, String evidenceLink, List<String> warnings) {
}
