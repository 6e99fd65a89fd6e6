package waypoint.reporting.internal.accountability;

import java.util.UUID;

/** A press of "Recalculate now" committed: the background calculates (docs/domain/accountability.md). */
public record RecalculationAsked(UUID recalculationId) {
}
