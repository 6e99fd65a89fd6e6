package waypoint.identity;

import java.time.Instant;
import java.util.UUID;

/** Someone was invited to Waypoint: the link lets them set a password until it expires. */
public record InvitationIssued(UUID accountId, String email, String displayName, String link, Instant expiresAt) {
}
