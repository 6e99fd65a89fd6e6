package waypoint.epa;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import waypoint.enrolment.ApprenticeshipId;

/**
 * Evidence another module holds for the gateway checklist (the portfolio module's submitted portfolio and KSBs signed
 * off, say). Implement it as a Spring bean: an item it answers for replaces the staff confirmation of that kind.
 * Until a module implements it, staff record those items themselves with an evidence note.
 */
public interface GatewayEvidenceSource {

    /** The items this source can evaluate for the apprenticeship; empty when it knows nothing of it. */
    List<GatewayEvidence> evidenceFor(ApprenticeshipId apprenticeshipId);

    /**
     * The items of several apprenticeships at once, for the readiness dashboard's page of up to 25 rows: every
     * apprenticeship asked for is a key (with an empty list when the source knows nothing of it). Override it with a
     * fixed number of queries whatever the number of ids; this default asks {@link #evidenceFor(ApprenticeshipId)} once
     * per id.
     */
    default Map<ApprenticeshipId, List<GatewayEvidence>> evidenceForAll(
            Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, List<GatewayEvidence>> all = new LinkedHashMap<>();
        apprenticeshipIds.forEach(id -> all.put(id, evidenceFor(id)));
        return all;
    }
}
