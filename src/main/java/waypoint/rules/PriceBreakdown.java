package waypoint.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import waypoint.shared.money.Money;

/**
 * Who pays what of an apprenticeship's price, in pounds. Empty figures are unknown (no price agreed, no funding band
 * maximum or levy status recorded, a start before the rules Waypoint holds), shown as such, never as £0.
 *
 * @param totalPrice              training (TNP1) and end-point assessment (TNP2) together
 * @param fundedPrice             the part the funding rules fund: the price up to the funding band maximum
 * @param aboveBand               the part above the maximum, which the employer pays in full
 * @param contributionRate        the employer's share of the funded price, in percent (0 for a levy payer paying from
 *                                its levy funds)
 * @param employerContribution    that share in pounds
 * @param governmentPays          the funded price less the employer's share (from levy funds for a levy payer)
 * @param rateIfLevyFundsRunOut   for a levy payer: its share once its levy funds run out
 * @param explanations            the working, each sentence ending with its source
 */
public record PriceBreakdown(Optional<Money> totalPrice, Optional<Money> fundedPrice,
        Optional<Money> aboveBand, Optional<BigDecimal> contributionRate,
        Optional<Money> employerContribution, Optional<Money> governmentPays,
        Optional<BigDecimal> rateIfLevyFundsRunOut, List<String> explanations) {

    public PriceBreakdown {
        explanations = List.copyOf(explanations);
    }

    /** What the employer pays in all: its share and the part above the band; empty while either is unknown. */
    public Optional<Money> employerPays() {
        return employerContribution.flatMap(share -> aboveBand.map(share::plus));
    }
}
