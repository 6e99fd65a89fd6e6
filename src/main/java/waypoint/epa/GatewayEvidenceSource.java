package waypoint.epa;

import java.util.List;
import java.util.UUID;

/**
 * Evidence another module holds for the gateway checklist (the portfolio module's submitted portfolio and KSBs signed
 * off, say). Implement it as a Spring bean: an item it answers for replaces the staff confirmation of that kind.
 * Until a module implements it, staff record those items themselves with an evidence note.
 */
public interface GatewayEvidenceSource {

    /** The items this source can evaluate for the apprenticeship; empty when it knows nothing of it. */
    List<GatewayEvidence> evidenceFor(UUID apprenticeshipId);
}
