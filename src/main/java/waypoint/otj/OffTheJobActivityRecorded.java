package waypoint.otj;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;

/**
 * Published by another module when something it records is off-the-job training (a teaching session attended, a
 * journal reflection with time). The entry it adds shows {@code source} and follows the same rules as one the learner
 * logs; one that breaks them is not added (and logged). {@code sourceReference} makes a repeated event add one entry.
 *
 * @param activityType a code of an activity type, such as {@code THEORY} or {@code ONLINE_LEARNING}
 * @param startTime    with {@code endTime}, or null when only {@code minutes} is known
 */
public record OffTheJobActivityRecorded(ApprenticeshipId apprenticeshipId, String source, String sourceReference,
        LocalDate date, LocalTime startTime, LocalTime endTime, int minutes, String activityType,
        String description, List<String> ksbs) {
}
