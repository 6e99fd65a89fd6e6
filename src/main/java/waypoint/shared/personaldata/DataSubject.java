package waypoint.shared.personaldata;

import java.util.List;
import java.util.UUID;

/**
 * The person a subject access request is about: their learner record, their sign-in account and every
 * apprenticeship they have had, so each module can find its rows by the key it keeps.
 */
public record DataSubject(UUID learnerId, UUID accountId, List<UUID> apprenticeshipIds) {

    public DataSubject {
        apprenticeshipIds = List.copyOf(apprenticeshipIds);
    }
}
