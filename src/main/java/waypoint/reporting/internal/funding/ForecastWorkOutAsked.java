package waypoint.reporting.internal.funding;

import java.time.Instant;

/**
 * Something every apprenticeship's figures may depend on changed (a foundation apprenticeship payment recorded): the
 * whole funding forecast is to be worked out again in the background, once the change is committed. Done once a
 * calculation has begun at or after {@code askedAt}. (A reader's "Work out now" goes through
 * {@link waypoint.reporting.internal.KeptInBackground}.)
 */
public record ForecastWorkOutAsked(Instant askedAt) {
}
