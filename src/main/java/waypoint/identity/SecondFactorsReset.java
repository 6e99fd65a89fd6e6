package waypoint.identity;

import java.util.UUID;

/** An administrator removed a person's second factors: the person is told, in case they did not ask for it. */
public record SecondFactorsReset(UUID accountId, String email, String displayName, String administrator,
        java.time.Instant resetAt) {
}
