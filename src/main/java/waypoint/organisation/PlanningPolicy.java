package waypoint.organisation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The provider's own planning policy, stricter than the funding rules: the percentage of contracted hours it plans as
 * off-the-job training whatever the start date, and the most weeks between progress reviews. An empty setting
 * follows the funding rules alone. The seed handbook plans 20% of contracted hours and reviews every 12 weeks (seed
 * 000, 20% Off the Job Training and Progress Reviews); a new provider record starts with those.
 */
public record PlanningPolicy(Optional<BigDecimal> otjPercentageOfContractedHours, Optional<Integer> reviewIntervalWeeks) {

    public static final BigDecimal MOST_PERCENT = new BigDecimal("100");
    public static final int FEWEST_WEEKS = 1;
    public static final int MOST_WEEKS = 52;

    public PlanningPolicy {
        otjPercentageOfContractedHours = otjPercentageOfContractedHours == null
                ? Optional.empty() : otjPercentageOfContractedHours;
        reviewIntervalWeeks = reviewIntervalWeeks == null ? Optional.empty() : reviewIntervalWeeks;
    }

    /** No policy of the provider's own: plan to the funding rules. */
    public static PlanningPolicy fundingRulesOnly() {
        return new PlanningPolicy(Optional.empty(), Optional.empty());
    }

    /** The percentage in words, 20% of contracted hours, or that the funding rules alone apply. */
    public String otjInWords() {
        return otjPercentageOfContractedHours
                .map(percent -> percent.stripTrailingZeros().toPlainString() + "% of contracted hours")
                .orElse("The funding rules' minimum");
    }

    public String reviewsInWords() {
        return reviewIntervalWeeks.map(weeks -> weeks == 1 ? "Every week" : "Every " + weeks + " weeks")
                .orElse("As the funding rules say");
    }
}
