package waypoint.organisation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import waypoint.organisation.PlanningPolicy;
import waypoint.shared.web.FieldValidationException;

/**
 * The provider's planning policy as typed: a percentage and a number of weeks, each optional (empty follows the
 * funding rules). Text that is not a number is this form's error; the ranges are the service's.
 */
record PlanningPolicyForm(String otjPercentageOfContractedHours, String reviewIntervalWeeks) {

    static PlanningPolicyForm of(PlanningPolicy policy) {
        return new PlanningPolicyForm(
                policy.otjPercentageOfContractedHours().map(p -> p.stripTrailingZeros().toPlainString()).orElse(""),
                policy.reviewIntervalWeeks().map(String::valueOf).orElse(""));
    }

    /** The policy typed, or the fields whose text is not a number. */
    PlanningPolicy policy() {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<BigDecimal> percent = Optional.empty();
        Optional<Integer> weeks = Optional.empty();
        try {
            percent = text(otjPercentageOfContractedHours).map(t -> new BigDecimal(t.replace("%", "").strip()));
        } catch (NumberFormatException notANumber) {
            errors.put("otjPercentageOfContractedHours", "Enter the off-the-job percentage as a number, like 20");
        }
        try {
            weeks = text(reviewIntervalWeeks).map(Integer::valueOf);
        } catch (NumberFormatException notANumber) {
            errors.put("reviewIntervalWeeks", "Enter the weeks between progress reviews as a whole number, like 12");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        return new PlanningPolicy(percent, weeks);
    }

    private static Optional<String> text(String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(t -> !t.isEmpty());
    }
}
