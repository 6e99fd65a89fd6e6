package waypoint.reporting.internal.funding;

import java.time.Instant;
import java.util.UUID;

/**
 * The whole funding forecast is to be worked out again in the background: a reader pressed "Work out now"
 * ({@code askedBy}), or something every apprenticeship's figures may depend on changed (a foundation apprenticeship
 * payment recorded; no one in particular). Done once a calculation has begun at or after {@code askedAt}.
 */
public record ForecastWorkOutAsked(Instant askedAt, UUID askedBy) {
}
