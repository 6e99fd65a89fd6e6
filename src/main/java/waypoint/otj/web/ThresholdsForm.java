package waypoint.otj.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The pace thresholds as typed, the settings page's form and the API's body alike: each a whole percentage, amber from
 * 1 to 100 and red from 0 to 100. That red is not above amber (red is the worse of the two) is the settings' rule.
 */
record ThresholdsForm(
        @NotBlank(message = AMBER) @Pattern(regexp = WHOLE, message = AMBER) @Min(value = 1, message = AMBER)
        @Max(value = 100, message = AMBER) String amberBelowPercent,
        @NotBlank(message = RED) @Pattern(regexp = WHOLE, message = RED) @Min(value = 0, message = RED)
        @Max(value = 100, message = RED) String redBelowPercent) {

    static final String AMBER = "Enter the amber threshold as a whole percentage from 1 to 100";
    static final String RED = "Enter the red threshold as a whole percentage from 0 to 100";
    private static final String WHOLE = "\\s*\\d{1,3}\\s*";

    int amber() {
        return Integer.parseInt(amberBelowPercent.strip());
    }

    int red() {
        return Integer.parseInt(redBelowPercent.strip());
    }
}
