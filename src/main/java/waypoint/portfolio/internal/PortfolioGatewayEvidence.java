package waypoint.portfolio.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.catalogue.GatewayItemKind;
import waypoint.epa.GatewayEvidence;
import waypoint.epa.GatewayEvidenceSource;
import waypoint.portfolio.PortfolioCoverage;

/**
 * The portfolio's answer to the gateway checklist (issue 10: “portfolio submitted and the KSBs the EPA plan needs
 * signed off”): met when every KSB of the standard is signed off, with the count as the evidence. Until then the item
 * says how many remain, so staff see what is missing rather than confirming it by hand.
 */
@Component
class PortfolioGatewayEvidence implements GatewayEvidenceSource {

    private final PortfolioCoverage coverage;

    PortfolioGatewayEvidence(PortfolioCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public List<GatewayEvidence> evidenceFor(UUID apprenticeshipId) {
        return coverage.of(apprenticeshipId).filter(f -> f.ksbsTotal() > 0).map(f -> {
            boolean complete = f.ksbsSignedOff() == f.ksbsTotal();
            String words = f.ksbsSignedOff() + " of " + f.ksbsTotal() + " KSBs signed off in the portfolio"
                    + (complete ? "" : "; " + (f.ksbsTotal() - f.ksbsSignedOff()) + " still to sign off");
            return List.of(new GatewayEvidence(GatewayItemKind.PORTFOLIO_SUBMITTED, complete, words));
        }).orElse(List.of());
    }
}
