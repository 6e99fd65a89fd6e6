package waypoint.portfolio.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.GatewayItemKind;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.epa.GatewayEvidence;
import waypoint.epa.GatewayEvidenceSource;
import waypoint.portfolio.PortfolioCoverage;

/**
 * The portfolio's answer to the gateway checklist (the portfolio submitted and the KSBs the EPA plan needs signed off):
 * met when every KSB of the standard is signed off, with the count as the evidence. Until then the item says how many
 * remain, so staff see what is missing rather than confirming it by hand.
 */
@Component
class PortfolioGatewayEvidence implements GatewayEvidenceSource {

    private final PortfolioCoverage coverage;
    private final JdbcClient jdbc;

    PortfolioGatewayEvidence(PortfolioCoverage coverage, JdbcClient jdbc) {
        this.coverage = coverage;
        this.jdbc = jdbc;
    }

    @Override
    public List<GatewayEvidence> evidenceFor(ApprenticeshipId apprenticeshipId) {
        return coverage.of(apprenticeshipId).map(f -> evidence(f.ksbsTotal(), f.ksbsSignedOff()))
                .orElse(List.of());
    }

    /**
     * The same counts for a page of apprenticeships in one query (the caseload's: the standard version's KSBs, and the
     * KSBs signed off, at most all of them).
     */
    @Override
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, List<GatewayEvidence>> evidenceForAll(
            Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, List<GatewayEvidence>> all = new LinkedHashMap<>();
        apprenticeshipIds.forEach(id -> all.put(id, List.of()));
        if (apprenticeshipIds.isEmpty()) {
            return all;
        }
        jdbc.sql("""
                SELECT a.id,
                       (SELECT count(*) FROM catalogue.standard_ksb k
                         JOIN catalogue.standard_version sv ON sv.id = k.standard_version_id
                         WHERE sv.reference_number = a.standard_reference AND sv.version = a.standard_version) AS total,
                       (SELECT count(*) FROM portfolio_ksb_sign_off s WHERE s.apprenticeship_id = a.id) AS signed_off
                FROM enrolment.apprenticeship a WHERE a.id IN (:ids)""").param("ids", List.copyOf(apprenticeshipIds))
                .query(rs -> {
                    int total = rs.getInt("total");
                    all.put(new ApprenticeshipId(rs.getObject("id", UUID.class)), evidence(total, Math.min(total,
                            rs.getInt("signed_off"))));
                });
        return all;
    }

    private static List<GatewayEvidence> evidence(int total, int signedOff) {
        if (total == 0) {
            return List.of();
        }
        boolean complete = signedOff == total;
        String words = signedOff + " of " + total + " KSBs signed off in the portfolio"
                + (complete ? "" : "; " + (total - signedOff) + " still to sign off");
        return List.of(new GatewayEvidence(GatewayItemKind.PORTFOLIO_SUBMITTED, complete, words));
    }
}
