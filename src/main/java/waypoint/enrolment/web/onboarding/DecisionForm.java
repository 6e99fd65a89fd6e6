package waypoint.enrolment.web.onboarding;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.TypedNumber;
import waypoint.shared.validation.TypedValues;

/**
 * Staff's decision on prior learning as the page's form types it: the hours recognised (0 for none) and why. Whether
 * the hours are in range is the service's rule.
 */
record DecisionForm(
        @NotBlank(message = DecisionForm.HOURS) @TypedNumber(message = DecisionForm.HOURS) String hoursRecognised,
        @NotBlank(message = DecisionForm.REASON) @Size(max = 4000, message = DecisionForm.REASON_LENGTH)
        String decisionReason) {

    static final String HOURS = "Enter the hours recognised as a number, like 60, or 0 for none";
    static final String REASON = "Enter the reason for the decision";
    static final String REASON_LENGTH = "The reason must be 4000 characters or fewer";

    BigDecimal hours() {
        return TypedValues.number(hoursRecognised).orElseThrow();
    }
}
