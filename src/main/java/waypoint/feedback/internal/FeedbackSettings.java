package waypoint.feedback.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

/**
 * The provider's timings for feedback, editable by an administrator or the quality role; the defaults (V90) are
 * your complaints policy's (docs/domain/complaints-policy.md): acknowledge within 2 working days (stage 1); stage 2
 * and stage 3 written responses within 10 working days of receipt; a stage 2 complaint closes when nothing more is
 * heard within one calendar month of the response, the same month the complainant has to escalate; a response to a
 * compliment or suggestion, when asked for, within 10 working days; assessment appeals within 20 calendar days of
 * the assessment (the learner handbook); and the funding body's complaints details given at stage 4.
 */
public record FeedbackSettings(
        @Range(min = 1, max = 30, message = WHOLE_NUMBER) int acknowledgeWorkingDays,
        @Range(min = 1, max = 60, message = WHOLE_NUMBER) int stage2ResponseWorkingDays,
        @Range(min = 1, max = 60, message = WHOLE_NUMBER) int stage3ResponseWorkingDays,
        @Range(min = 1, max = 12, message = WHOLE_NUMBER) int stage2QuietMonths,
        @Range(min = 1, max = 12, message = WHOLE_NUMBER) int escalationMonths,
        @Range(min = 1, max = 60, message = WHOLE_NUMBER) int suggestionResponseWorkingDays,
        @Range(min = 1, max = 90, message = WHOLE_NUMBER) int appealWindowDays,
        @Range(min = 0, max = 10, message = WHOLE_NUMBER) int nearDeadlineWorkingDays,
        @NotBlank(message = "Enter the funding body’s complaints details")
        @Size(max = 4000, message = "The details must be {max} characters or fewer") String fundingBodyDetails,
        int version) {

    /** Each figure's one check: a whole number in its range (a figure that is not one reads as -1, out of range). */
    static final String WHOLE_NUMBER = "Enter a whole number from {min} to {max}";

    public static FeedbackSettings seedDefaults() {
        return new FeedbackSettings(2, 10, 10, 1, 1, 10, 20, 2, "ESFA complaints team", 0);
    }
}
