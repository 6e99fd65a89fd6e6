package waypoint.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;

/** An item of evidence with its claims; its versions are read separately. */
public record Evidence(UUID id, ApprenticeshipId apprenticeshipId, String title, String description, LocalDate date,
        EvidenceType type, EvidenceForm form, EvidenceState state, int currentNumber, boolean inShowcase,
        UUID addedBy, Instant createdAt, Instant updatedAt, int lockVersion, List<Claim> claims) {

    /**
     * One KSB the item claims. A claim whose KSB is signed off is locked (its accepted decision stands and the item
     * keeps claiming it); the item's other claims stay open (docs/domain/portfolio.md, signing off).
     */
    public record Claim(String ksbCode, ClaimDecision decision, String feedback, boolean signedOff) {
    }

    public List<String> signedOffCodes() {
        return claims.stream().filter(Claim::signedOff).map(Claim::ksbCode).toList();
    }

    public List<String> ksbCodes() {
        return claims.stream().map(Claim::ksbCode).toList();
    }

    /** Locked whole once every KSB it claims is signed off. */
    public boolean locked() {
        return state == EvidenceState.SIGNED_OFF;
    }
}
