package waypoint.ilr;

import java.util.List;
import java.util.UUID;

/**
 * Which of Waypoint's records an ILR learner was built from, so a problem can link to the page that fixes it and be
 * shown to the learner's tutor: the learner, their apprenticeships in the year and those apprenticeships' tutors.
 */
public record IlrOrigin(UUID learnerId, List<UUID> apprenticeshipIds, List<UUID> tutorIds) {

    public IlrOrigin {
        apprenticeshipIds = List.copyOf(apprenticeshipIds);
        tutorIds = List.copyOf(tutorIds);
    }
}
