package waypoint.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import waypoint.shared.money.Money;

/**
 * Recognition of prior learning. Source: docs/domain/funding-rules.md, Recognition of prior learning.
 * <ul>
 *   <li>prior learning % = RPL hours ÷ the off-the-job hours an apprentice with no prior learning would need, capped
 *       at 100%, rounded half up to 1 decimal place (the later figures use the rounded percentage, so the words add
 *       up);</li>
 *   <li>the minimum is reduced by the RPL hours, never below the pack's floor (187 h from 2025-26) and never above
 *       the minimum without prior learning;</li>
 *   <li>the duration reduces pro rata (whole days, half up), never below the minimum duration;</li>
 *   <li>the price falls by at least half the percentage of the funding band maximum (30% → at least 15% off), on the
 *       training price (TNP1); the EPA price (TNP2) is unchanged. Rounded up to the penny: “at least”.</li>
 * </ul>
 */
final class PriorLearningRule {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TWO = new BigDecimal("2");

    private PriorLearningRule() {
    }

    /** Empty when the minimum without prior learning is unknown: nothing can be worked out from it. */
    static Explained<Optional<PriorLearning>> apply(ApprenticeshipFacts facts,
            Optional<BigDecimal> minimumWithoutPriorLearning, Explained<BigDecimal> floor, MinimumDuration duration) {
        if (minimumWithoutPriorLearning.isEmpty()) {
            return Explained.because(Optional.empty(), "Prior learning: cannot be worked out until the standard's"
                    + " published minimum off-the-job hours are recorded", Source.PRIOR_LEARNING);
        }
        BigDecimal minimum = minimumWithoutPriorLearning.get();
        BigDecimal rpl = facts.rplHours();
        List<Explanation> why = new ArrayList<>();

        BigDecimal percentage = percentage(rpl, minimum);
        why.add(new Explanation("Prior learning: " + Words.hours(rpl) + " of the " + Words.hours(minimum)
                + " minimum without prior learning = " + Words.percent(percentage)
                + (percentage.compareTo(HUNDRED) == 0 && rpl.compareTo(minimum) > 0 ? " (capped at 100%)" : "")
                + " (rounded half up to 1 decimal place)", Source.PRIOR_LEARNING));

        BigDecimal reducedMinimum = reducedMinimum(minimum, rpl, floor.value());
        BigDecimal byHours = minimum.subtract(rpl).max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
        String reduction = "Minimum off-the-job hours after prior learning: " + Words.hours(minimum) + " − "
                + Words.hours(rpl) + " = " + Words.hours(byHours);
        if (reducedMinimum.compareTo(byHours) == 0) {
            why.add(new Explanation(reduction, Source.PRIOR_LEARNING));
        } else {
            why.add(new Explanation(reduction + ", but not below " + Words.hours(reducedMinimum) + ", so "
                    + Words.hours(reducedMinimum), Source.PRIOR_LEARNING));
            why.addAll(floor.explanations());
        }

        long planned = duration.plannedDays();
        long proRata = BigDecimal.valueOf(planned).multiply(percentage).divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact();
        long reducedDays = planned <= duration.minimumDays()
                ? planned
                : Math.max(planned - proRata, duration.minimumDays());
        long durationReduction = planned - reducedDays;
        why.add(new Explanation("Practical period after prior learning: " + Words.percent(percentage) + " of "
                + Words.days(planned) + " = " + Words.days(proRata) + " shorter pro rata"
                + (durationReduction == proRata ? "" : ", but never below the minimum of "
                        + Words.days(duration.minimumDays()) + ", so " + Words.days(durationReduction) + " shorter")
                + ": a planned end of " + Words.date(facts.startDate().plusDays(reducedDays)),
                Source.PRIOR_LEARNING));

        BigDecimal priceReductionPercentage = percentage.divide(TWO);
        Money bandMaximum = facts.standard().fundingBandMaximum();
        // "at least": rounded up to the penny, not half up as a share of an amount is
        Money priceReduction = Money.pounds(bandMaximum.pounds().multiply(priceReductionPercentage)
                .divide(HUNDRED, 2, RoundingMode.CEILING));
        why.add(new Explanation("Price: at least half of " + Words.percent(percentage) + " = "
                + Words.percent(priceReductionPercentage) + " of the funding band maximum "
                + Words.pounds(bandMaximum) + " = " + Words.pounds(priceReduction)
                + " (rounded up to the penny) off the training price (TNP1); the end-point assessment price (TNP2)"
                + " is unchanged", Source.PRIOR_LEARNING));
        Optional<Money> priceAfter = facts.trainingPrice()
                .map(price -> price.minus(priceReduction).max(Money.ZERO));
        priceAfter.ifPresent(after -> why.add(new Explanation("Training price after prior learning: at most "
                + Words.pounds(facts.trainingPrice().orElseThrow()) + " − " + Words.pounds(priceReduction) + " = "
                + Words.pounds(after), Source.PRIOR_LEARNING)));

        List<Explanation> said = rpl.signum() == 0
                ? List.of(new Explanation("Prior learning: none recorded, so the minimum hours, the duration and the"
                        + " price are not reduced", Source.PRIOR_LEARNING))
                : why;
        return new Explained<>(Optional.of(new PriorLearning(rpl, minimum, percentage, reducedMinimum,
                durationReduction, facts.startDate().plusDays(reducedDays), priceReductionPercentage,
                priceReduction, priceAfter)), said);
    }

    static BigDecimal percentage(BigDecimal rplHours, BigDecimal minimum) {
        if (minimum.signum() == 0) {
            return rplHours.signum() == 0 ? BigDecimal.ZERO.setScale(1) : HUNDRED.setScale(1);
        }
        return rplHours.multiply(HUNDRED).divide(minimum, 1, RoundingMode.HALF_UP).min(HUNDRED.setScale(1));
    }

    /** minimum − RPL, never below the floor, and never above the minimum itself (a floor cannot add hours). */
    static BigDecimal reducedMinimum(BigDecimal minimum, BigDecimal rplHours, BigDecimal floor) {
        return minimum.subtract(rplHours).max(floor).min(minimum).setScale(1, RoundingMode.HALF_UP);
    }
}
