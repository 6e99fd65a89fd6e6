package waypoint.epa;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Evidence another module holds for the gateway checklist (the portfolio module's submitted portfolio and KSBs signed
 * off, say). Implement it as a Spring bean: an item it answers for replaces the staff confirmation of that kind.
 * Until a module implements it, staff record those items themselves with an evidence note.
 */
public interface GatewayEvidenceSource {

    /** The items this source can evaluate for the apprenticeship; empty when it knows nothing of it. */
    List<GatewayEvidence> evidenceFor(UUID apprenticeshipId);

    /**
     * The items of several apprenticeships at once, for the readiness dashboard's page of up to 25 rows: every
     * apprenticeship asked for is a key (with an empty list when the source knows nothing of it). Override it with a
     * fixed number of queries whatever the number of ids; this default asks {@link #evidenceFor(UUID)} once per id.
     */
    default Map<UUID, List<GatewayEvidence>> evidenceForAll(Collection<UUID> apprenticeshipIds) {
        Map<UUID, List<GatewayEvidence>> all = new LinkedHashMap<>();
        apprenticeshipIds.forEach(id -> all.put(id, evidenceFor(id)));
        return all;
    }
}
