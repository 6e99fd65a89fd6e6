package waypoint.identity;

import java.time.Instant;
import java.util.UUID;

/** Someone asked to reset a forgotten password: the link lets them set a new one until it expires. */
public record PasswordResetRequested(UUID accountId, String email, String displayName, String link, Instant expiresAt) {
}
