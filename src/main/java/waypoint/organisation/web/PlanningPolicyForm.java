package waypoint.organisation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import waypoint.organisation.PlanningPolicy;
import waypoint.shared.web.FieldValidationException;

/**
 * The provider's planning policy as typed: a percentage and a number of weeks, each optional (empty follows the
 * funding rules). Text that is not a number is this form's error, shown with what is wrong with the other setting.
 */
record PlanningPolicyForm(String otjPercentageOfContractedHours, String reviewIntervalWeeks) {

    static PlanningPolicyForm of(PlanningPolicy policy) {
        return new PlanningPolicyForm(
                policy.otjPercentageOfContractedHours().map(p -> p.stripTrailingZeros().toPlainString()).orElse(""),
                policy.reviewIntervalWeeks().map(String::valueOf).orElse(""));
    }

    /** The policy typed, or everything wrong with it at once: text that is not a number, numbers out of range. */
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
        PlanningPolicy policy = new PlanningPolicy(percent, weeks);
        if (!errors.isEmpty()) {
            policy.problems().forEach(errors::putIfAbsent);
            throw new FieldValidationException(errors);
        }
        return policy;
    }

    private static Optional<String> text(String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(t -> !t.isEmpty());
    }
}
