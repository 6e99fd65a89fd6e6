package waypoint.enrolment.internal.onboarding;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the people planning an apprenticeship write in its training plan (the learner handbook's Individual Learning
 * Plan, “Starting your programme” and “Induction”): the planned off-the-job hours, how teaching is delivered,
 * milestones, who does what, support needs and the English and maths plan. Texts are stripped, never null.
 */
public record PlanContent(BigDecimal plannedOtjHours, String teachingSessions, String studyDays,
        List<Milestone> milestones, String rolesAndResponsibilities, String supportNeeds, String englishAndMathsPlan) {

    public PlanContent {
        plannedOtjHours = plannedOtjHours == null ? null : plannedOtjHours.setScale(1, java.math.RoundingMode.HALF_UP);
        teachingSessions = clean(teachingSessions);
        studyDays = clean(studyDays);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        rolesAndResponsibilities = clean(rolesAndResponsibilities);
        supportNeeds = clean(supportNeeds);
        englishAndMathsPlan = clean(englishAndMathsPlan);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }
}
