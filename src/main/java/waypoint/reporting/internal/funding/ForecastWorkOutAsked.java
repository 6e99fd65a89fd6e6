package waypoint.reporting.internal.funding;

import java.time.Instant;

/**
 * Something every apprenticeship's figures may depend on changed (a foundation apprenticeship payment recorded): the
 * whole funding forecast is to be worked out again in the background, once the change is committed. Done once a
 * calculation has begun at or after {@code askedAt}. Worked out through
 * {@link waypoint.reporting.internal.KeptInBackground#afterChange}, as a reader's "Work out now", the night's and the
 * first start's are: one working out of the forecast at a time, whatever started it.
 */
public record ForecastWorkOutAsked(Instant askedAt) {
}
