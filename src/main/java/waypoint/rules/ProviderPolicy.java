package waypoint.rules;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A provider's own policy, stricter than the funding rules: an apprenticeship then shows both the funding minimum and
 * the provider's figure, and plans to the higher (or, for reviews, the sooner). Empty settings follow the funding
 * rules alone. The learner handbook plans 20% of contracted hours whatever the start date and reviews every 12 weeks
 * (the learner handbook, 20% Off the Job Training and Progress Reviews).
 */
public record ProviderPolicy(Optional<BigDecimal> otjPercentageOfContractedHours, Optional<Integer> reviewIntervalWeeks) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public ProviderPolicy {
        otjPercentageOfContractedHours = otjPercentageOfContractedHours == null
                ? Optional.empty() : otjPercentageOfContractedHours;
        reviewIntervalWeeks = reviewIntervalWeeks == null ? Optional.empty() : reviewIntervalWeeks;
        new FieldErrors()
                .rejectIf(otjPercentageOfContractedHours
                                .filter(percent -> percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0).isPresent(),
                        "otjPercentageOfContractedHours", "The off-the-job percentage must be more than 0 and at most 100")
                .rejectIf(reviewIntervalWeeks.filter(weeks -> weeks < 1 || weeks > 52).isPresent(),
                        "reviewIntervalWeeks", "Weeks between progress reviews must be from 1 to 52")
                .throwIfAny();
    }

    /** No policy of the provider's own: plan to the funding rules. */
    public static ProviderPolicy fundingRulesOnly() {
        return new ProviderPolicy(Optional.empty(), Optional.empty());
    }

    /** The learner handbook's policy: 20% of contracted hours, reviews every 12 weeks from the start. */
    public static ProviderPolicy seedHandbook() {
        return new ProviderPolicy(Optional.of(new BigDecimal("20")), Optional.of(12));
    }

    /**
     * The provider's figure: its percentage of contracted hours over the practical period less statutory leave, the
     * same arithmetic as the funding rules (the learner handbook: “calculated using your contracted employment hours
     * across the
     * whole apprenticeship programme”), with no 30-hour cap.
     */
    Optional<Explained<BigDecimal>> otjHours(ApprenticeshipFacts facts) {
        return otjPercentageOfContractedHours.map(percent -> {
            BigDecimal hoursAWeek = percent.multiply(facts.weeklyHours()).divide(HUNDRED);
            long days = facts.practicalPeriodDays();
            return Explained.because(OffTheJobArithmetic.hoursOver(days, hoursAWeek), "Provider's policy: "
                    + Words.percent(percent) + " of contracted hours (" + Words.hours(facts.weeklyHours())
                    + " a week) whatever the start date: " + OffTheJobArithmetic.inWords(days, hoursAWeek),
                    Source.PROVIDER_POLICY);
        });
    }

    Optional<ReviewCadence> reviewCadence() {
        return reviewIntervalWeeks.map(weeks -> ReviewCadence.everyWeeks(weeks, Source.PROVIDER_POLICY));
    }
}
