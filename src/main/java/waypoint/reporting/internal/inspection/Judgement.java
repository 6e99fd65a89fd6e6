package waypoint.reporting.internal.inspection;

import java.time.Instant;
import java.util.UUID;

/** One version of a leader's judgement on one area: never changed, a new save is a new version. */
public record Judgement(InspectionArea area, int version, String text, UUID writtenBy, String writtenByName,
        Instant writtenAt) {
}
