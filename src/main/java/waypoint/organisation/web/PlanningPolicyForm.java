package waypoint.organisation.web;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;

import waypoint.organisation.PlanningPolicy;
import waypoint.shared.validation.TypedValues;

/**
 * The provider's planning policy as typed: a percentage and a number of weeks, each optional (empty follows the
 * funding rules). Text that is not a number is this form's error; whether a number is within the rules is the
 * policy's to say ({@link PlanningPolicy#problems()}).
 */
record PlanningPolicyForm(
        @Pattern(regexp = PlanningPolicyForm.PERCENT, message = "Enter the off-the-job percentage as a number, like 20")
        String otjPercentageOfContractedHours,
        @Pattern(regexp = PlanningPolicyForm.WEEKS,
                message = "Enter the weeks between progress reviews as a whole number, like 12")
        String reviewIntervalWeeks) {

    /** A number, with a percent sign if typed (20, 12.5, 20%), or nothing. */
    static final String PERCENT = "\\s*([+-]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*%?)?\\s*";

    /** A whole number, or nothing. */
    static final String WEEKS = "\\s*([+-]?\\d{1,9})?\\s*";

    static PlanningPolicyForm of(PlanningPolicy policy) {
        return new PlanningPolicyForm(
                policy.otjPercentageOfContractedHours().map(p -> p.stripTrailingZeros().toPlainString()).orElse(""),
                policy.reviewIntervalWeeks().map(String::valueOf).orElse(""));
    }

    /** The policy typed: each setting that reads as a number, the others empty. */
    PlanningPolicy policy() {
        return new PlanningPolicy(percent(), weeks());
    }

    private Optional<BigDecimal> percent() {
        return text(otjPercentageOfContractedHours).flatMap(typed -> TypedValues.number(typed.replace("%", "")));
    }

    private Optional<Integer> weeks() {
        return text(reviewIntervalWeeks).filter(typed -> typed.matches(WEEKS)).map(Integer::valueOf);
    }

    private static Optional<String> text(String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(t -> !t.isEmpty());
    }
}
