package waypoint.organisation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The provider's own planning policy, stricter than the funding rules: the percentage of contracted hours it plans as
 * off-the-job training whatever the start date, and the most weeks between progress reviews. An empty setting follows
 * the funding rules alone. The learner handbook plans 20% of contracted hours and reviews every 12 weeks (“20% Off the
 * Job Training” and “Progress Reviews”); a new provider record starts with those.
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

    /** What is wrong with these settings, by field; empty when they can be saved. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        otjPercentageOfContractedHours.ifPresent(percent -> {
            if (percent.signum() <= 0 || percent.compareTo(MOST_PERCENT) > 0) {
                problems.put("otjPercentageOfContractedHours",
                        "The off-the-job percentage must be more than 0 and at most 100");
            } else if (percent.stripTrailingZeros().scale() > 1) {
                problems.put("otjPercentageOfContractedHours",
                        "The off-the-job percentage must have no more than 1 decimal place");
            }
        });
        reviewIntervalWeeks.ifPresent(weeks -> {
            if (weeks < FEWEST_WEEKS || weeks > MOST_WEEKS) {
                problems.put("reviewIntervalWeeks", "Weeks between progress reviews must be from 1 to 52");
            }
        });
        return problems;
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
