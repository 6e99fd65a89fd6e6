package waypoint.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An item of evidence with its claims; its versions are read separately. */
public record Evidence(UUID id, UUID apprenticeshipId, String title, String description, LocalDate date,
        EvidenceType type, EvidenceForm form, EvidenceState state, int currentNumber, boolean inShowcase,
        UUID addedBy, Instant createdAt, Instant updatedAt, int lockVersion, List<Claim> claims) {

    public record Claim(String ksbCode, ClaimDecision decision, String feedback) {
    }

    public List<String> ksbCodes() {
        return claims.stream().map(Claim::ksbCode).toList();
    }

    public boolean locked() {
        return state == EvidenceState.SIGNED_OFF;
    }
}
