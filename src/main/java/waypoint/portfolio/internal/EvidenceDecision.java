package waypoint.portfolio.internal;

/** The tutor's decision on one claim of an item: accepted, or referred back with feedback. */
public record EvidenceDecision(String ksbCode, ClaimDecision decision, String feedback) {
}
