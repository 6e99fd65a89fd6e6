package waypoint.feedback.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The provider's timings for feedback, editable by an administrator or the quality role; the defaults (V90) are
 * your complaints policy's (docs/domain/complaints-policy.md): acknowledge within 2 working days (stage 1); stage 2
 * and stage 3 written responses within 10 working days of receipt; a stage 2 complaint closes when nothing more is
 * heard within one calendar month of the response, the same month the complainant has to escalate; a response to a
 * compliment or suggestion, when asked for, within 10 working days; assessment appeals within 20 calendar days of
 * the assessment (the learner handbook); and the funding body's complaints details given at stage 4.
 */
public record FeedbackSettings(
        @Min(value = 1, message = "Enter a whole number from 1 to 30")
        @Max(value = 30, message = "Enter a whole number from 1 to 30") int acknowledgeWorkingDays,
        @Min(value = 1, message = "Enter a whole number from 1 to 60")
        @Max(value = 60, message = "Enter a whole number from 1 to 60") int stage2ResponseWorkingDays,
        @Min(value = 1, message = "Enter a whole number from 1 to 60")
        @Max(value = 60, message = "Enter a whole number from 1 to 60") int stage3ResponseWorkingDays,
        @Min(value = 1, message = "Enter a whole number from 1 to 12")
        @Max(value = 12, message = "Enter a whole number from 1 to 12") int stage2QuietMonths,
        @Min(value = 1, message = "Enter a whole number from 1 to 12")
        @Max(value = 12, message = "Enter a whole number from 1 to 12") int escalationMonths,
        @Min(value = 1, message = "Enter a whole number from 1 to 60")
        @Max(value = 60, message = "Enter a whole number from 1 to 60") int suggestionResponseWorkingDays,
        @Min(value = 1, message = "Enter a whole number from 1 to 90")
        @Max(value = 90, message = "Enter a whole number from 1 to 90") int appealWindowDays,
        @Min(value = 0, message = "Enter a whole number from 0 to 10")
        @Max(value = 10, message = "Enter a whole number from 0 to 10") int nearDeadlineWorkingDays,
        @NotBlank(message = "Enter the funding body’s complaints details")
        @Size(max = 4000, message = "The details must be {max} characters or fewer") String fundingBodyDetails,
        int version) {

    public static FeedbackSettings seedDefaults() {
        return new FeedbackSettings(2, 10, 10, 1, 1, 10, 20, 2, "ESFA complaints team", 0);
    }
}
