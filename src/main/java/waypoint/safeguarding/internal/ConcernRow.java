package waypoint.safeguarding.internal;

import java.time.Instant;
import java.util.UUID;

import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.RiskLevel;

/** A concern in a handler's list: no narrative, so lists never decrypt what was disclosed. */
public record ConcernRow(UUID id, ConcernKind kind, ConcernStatus status, Instant raisedAt, RiskLevel riskLevel,
        String learnerName) {
}
