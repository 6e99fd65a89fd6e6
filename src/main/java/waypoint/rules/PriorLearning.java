package waypoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import waypoint.shared.money.Money;

/**
 * Recognition of prior learning and what it reduces (docs/domain/funding-rules.md, Recognition of prior learning).
 *
 * @param percentage                       RPL hours ÷ the minimum without prior learning, 0–100, 1 decimal place
 * @param reducedMinimumOtjHours           the minimum after prior learning, never below the pack's floor
 * @param durationReductionDays            how much shorter the practical period may be (pro rata, never below the
 *                                         minimum duration)
 * @param reducedPlannedEndDate            the start plus the reduced practical period
 * @param minimumPriceReductionPercentage  at least half the prior-learning percentage
 * @param minimumPriceReduction            that percentage of the funding band maximum, in pounds, rounded up to the
 *                                         penny, to take off the training price (TNP1); the EPA price (TNP2) stays
 * @param trainingPriceAfterReduction      the training price less the reduction, when the price is known
 */
public record PriorLearning(
        BigDecimal rplHours,
        BigDecimal minimumOtjHoursWithoutPriorLearning,
        BigDecimal percentage,
        BigDecimal reducedMinimumOtjHours,
        long durationReductionDays,
        LocalDate reducedPlannedEndDate,
        BigDecimal minimumPriceReductionPercentage,
        Money minimumPriceReduction,
        Optional<Money> trainingPriceAfterReduction) {
}
