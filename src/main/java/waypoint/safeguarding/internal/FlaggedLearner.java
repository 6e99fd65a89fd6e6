package waypoint.safeguarding.internal;

import java.util.UUID;

/** A learner whose tutor has been told that a safeguarding matter is open: their name and nothing more. */
public record FlaggedLearner(UUID id, String name) {
}
