package waypoint.reporting.internal.accountability;

import java.math.BigDecimal;

/**
 * A provider's thresholds for one indicator, as percentages, with where they come from (docs/domain/accountability.md,
 * "Thresholds"). {@code example} marks the example figures Waypoint ships until the provider records the DfE's.
 * A threshold not set is {@code null}. For an indicator where higher is better a figure below {@code atRisk} is at
 * risk and below {@code needsImprovement} needs improvement; where lower is better, above them.
 */
public record Threshold(Indicator indicator, BigDecimal atRisk, BigDecimal needsImprovement, String source,
        boolean example) {

    public static Threshold none(Indicator indicator) {
        return new Threshold(indicator, null, null, null, false);
    }

    public boolean set() {
        return atRisk != null || needsImprovement != null;
    }

    /**
     * The band of a figure. Compared exactly (numerator × 100 against threshold × denominator), so a figure on a
     * threshold is never moved across it by rounding: on the at-risk threshold is "needs improvement", on the
     * needs-improvement threshold "meets the thresholds".
     */
    public Band band(Figure figure) {
        if (indicator.suspended()) {
            return Band.FOR_INFORMATION;
        }
        if (!figure.hasCohort()) {
            return Band.NO_COHORT;
        }
        if (!set()) {
            return Band.NO_THRESHOLD;
        }
        BigDecimal value = BigDecimal.valueOf(figure.numerator()).multiply(BigDecimal.valueOf(100));
        BigDecimal denominator = BigDecimal.valueOf(figure.denominator());
        if (atRisk != null && worse(value, atRisk.multiply(denominator))) {
            return Band.AT_RISK;
        }
        if (needsImprovement != null && worse(value, needsImprovement.multiply(denominator))) {
            return Band.NEEDS_IMPROVEMENT;
        }
        return Band.MEETS;
    }

    private boolean worse(BigDecimal value, BigDecimal limit) {
        int c = value.compareTo(limit);
        return indicator.higherIsBetter() ? c < 0 : c > 0;
    }

    /** "below 50%", "above 35%", for the page. */
    public String words(BigDecimal limit) {
        return limit == null ? "not set"
                : (indicator.higherIsBetter() ? "below " : "above ") + limit.stripTrailingZeros().toPlainString() + "%";
    }
}
