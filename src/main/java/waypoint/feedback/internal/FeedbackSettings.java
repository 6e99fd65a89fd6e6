package waypoint.feedback.internal;

/**
 * The provider's timings for feedback, editable by an administrator or the quality role; the defaults (V90) are
 * the seed policy's: acknowledge within 2 working days (seed 001, Stage 1); stage 2 and stage 3 written responses
 * within 10 working days of receipt (Stages 2 and 3); a stage 2 complaint closes when nothing more is heard within
 * one calendar month of the response, the same month the complainant has to escalate (Stages 2 and 3); a response
 * to a compliment or suggestion, when asked for, within 10 working days (“Compliments and Suggestions”); appeals
 * within 20 days of the assessment (seed 000, “If a complaint or appeal is unresolved”), counted in working days as
 * every Waypoint deadline is; and the funding body's complaints details given at stage 4.
 */
public record FeedbackSettings(int acknowledgeWorkingDays, int stage2ResponseWorkingDays,
        int stage3ResponseWorkingDays, int stage2QuietMonths, int escalationMonths,
        int suggestionResponseWorkingDays, int appealWindowWorkingDays, int nearDeadlineWorkingDays,
        String fundingBodyDetails, int version) {

    public static FeedbackSettings seedDefaults() {
        return new FeedbackSettings(2, 10, 10, 1, 1, 10, 20, 2, "ESFA complaints team", 0);
    }
}
