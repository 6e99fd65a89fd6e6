package waypoint.feedback.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.WholeNumber;

/**
 * The provider's timings for feedback, editable by an administrator or the quality role; the defaults (V90) are
 * your complaints policy's (docs/domain/complaints-policy.md): acknowledge within 2 working days (stage 1); stage 2
 * and stage 3 written responses within 10 working days of receipt; a stage 2 complaint closes when nothing more is
 * heard within one calendar month of the response, the same month the complainant has to escalate; a response to a
 * compliment or suggestion, when asked for, within 10 working days; assessment appeals within 20 calendar days of
 * the assessment (the learner handbook); and the funding body's complaints details given at stage 4.
 */
public record FeedbackSettings(
        @WholeNumber(min = 1, max = 30) int acknowledgeWorkingDays,
        @WholeNumber(min = 1, max = 60) int stage2ResponseWorkingDays,
        @WholeNumber(min = 1, max = 60) int stage3ResponseWorkingDays,
        @WholeNumber(min = 1, max = 12) int stage2QuietMonths,
        @WholeNumber(min = 1, max = 12) int escalationMonths,
        @WholeNumber(min = 1, max = 60) int suggestionResponseWorkingDays,
        @WholeNumber(min = 1, max = 90) int appealWindowDays,
        @WholeNumber(min = 0, max = 10) int nearDeadlineWorkingDays,
        @NotBlank(message = "Enter the funding body’s complaints details")
        @Size(max = 4000, message = "The details must be {max} characters or fewer") String fundingBodyDetails,
        int version) {

    public static FeedbackSettings seedDefaults() {
        return new FeedbackSettings(2, 10, 10, 1, 1, 10, 20, 2, "ESFA complaints team", 0);
    }
}
