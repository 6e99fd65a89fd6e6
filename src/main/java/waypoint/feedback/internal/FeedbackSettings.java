package waypoint.feedback.internal;

/**
 * The provider's timings for feedback, editable by an administrator or the quality role; the defaults (V90) are
 * your complaints policy's (docs/domain/complaints-policy.md): acknowledge within 2 working days (stage 1); stage 2
 * and stage 3 written responses within 10 working days of receipt; a stage 2 complaint closes when nothing more is
 * heard within one calendar month of the response, the same month the complainant has to escalate; a response to a
 * compliment or suggestion, when asked for, within 10 working days; assessment appeals within 20 calendar days of
 * the assessment (the learner handbook); and the funding body's complaints details given at stage 4.
 */
public record FeedbackSettings(int acknowledgeWorkingDays, int stage2ResponseWorkingDays,
        int stage3ResponseWorkingDays, int stage2QuietMonths, int escalationMonths,
        int suggestionResponseWorkingDays, int appealWindowDays, int nearDeadlineWorkingDays,
        String fundingBodyDetails, int version) {

    public static FeedbackSettings seedDefaults() {
        return new FeedbackSettings(2, 10, 10, 1, 1, 10, 20, 2, "ESFA complaints team", 0);
    }
}
