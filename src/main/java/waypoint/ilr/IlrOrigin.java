package waypoint.ilr;

import java.util.List;
import java.util.UUID;

/**
 * Which of Waypoint's records an ILR learner was built from, so a problem can link to the page that fixes it and be
 * shown to the learner's tutor: the learner, their apprenticeships in the year and those apprenticeships' tutors; and
 * the aims Waypoint left out of the learner's record, each said on the return's page (never written to the file).
 */
public record IlrOrigin(UUID learnerId, List<UUID> apprenticeshipIds, List<UUID> tutorIds,
                        List<AimLeftOut> aimsLeftOut) {

    public IlrOrigin {
        apprenticeshipIds = List.copyOf(apprenticeshipIds);
        tutorIds = List.copyOf(tutorIds);
        aimsLeftOut = aimsLeftOut == null ? List.of() : List.copyOf(aimsLeftOut);
    }

    public IlrOrigin(UUID learnerId, List<UUID> apprenticeshipIds, List<UUID> tutorIds) {
        this(learnerId, apprenticeshipIds, tutorIds, List.of());
    }

    /**
     * An English or maths aim of an apprenticeship left out of the file because no qualification is chosen for it
     * (docs/domain/english-and-maths-aims.md, "No qualification chosen"); {@code subject} is ENGLISH or MATHS.
     */
    public record AimLeftOut(UUID apprenticeshipId, String subject) {
    }
}
