package waypoint.reporting.internal.accountability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Supplier;

/**
 * One indicator worked out for one cohort: how many were counted (the denominator), how many of them the indicator
 * is about (the numerator), and each apprenticeship counted with why. With nobody counted there is no figure: "no
 * apprenticeships counted", never 0%. {@code unknown} counts the apprenticeships left out because a fact the rule
 * needs is not recorded (a warning on the page).
 */
public record Figure(Indicator indicator, long numerator, long denominator, List<Counted> counted, long unknown) {

    /**
     * An apprenticeship in the cohort: whether it is in the numerator, and the reason in words. The reason is written
     * only when read (the drill-down lists a page of them): the overview works out every figure, breakdown and year
     * of the trend for every apprenticeship, and writing each reason there took most of its time at 100,000
     * apprenticeships (docs/performance.md).
     */
    public record Counted(ApprenticeshipFact fact, boolean inNumerator, Supplier<String> reason) {

        public Counted(ApprenticeshipFact fact, boolean inNumerator, String why) {
            this(fact, inNumerator, () -> why);
        }

        public String why() {
            return reason.get();
        }
    }

    public Figure {
        counted = List.copyOf(counted);
    }

    public boolean hasCohort() {
        return denominator > 0;
    }

    /** The share as a percentage to one decimal place; {@code null} with no cohort. */
    public BigDecimal percent() {
        return hasCohort() ? BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1,
                RoundingMode.HALF_UP) : null;
    }

    /** "72.5%", or "No apprenticeships counted". */
    public String text() {
        return hasCohort() ? percent().stripTrailingZeros().toPlainString() + "%" : "No apprenticeships counted";
    }
}
