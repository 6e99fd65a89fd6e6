package waypoint.enrolment.internal.onboarding;

import java.math.BigDecimal;
import java.util.List;

import waypoint.enrolment.PlannedFunctionalSkills;

/**
 * What the people planning an apprenticeship write in its training plan (the learner handbook's Individual Learning
 * Plan, “Starting your programme” and “Induction”): the planned off-the-job hours, how teaching is delivered,
 * milestones, who does what, support needs and the English and maths plan, with the functional skills qualifications
 * it plans. Texts are stripped, never null; a plan written before the functional skills were asked plans none.
 */
public record PlanContent(BigDecimal plannedOtjHours, String teachingSessions, String studyDays,
        List<Milestone> milestones, String rolesAndResponsibilities, String supportNeeds, String englishAndMathsPlan,
        PlannedFunctionalSkills functionalSkills) {

    public PlanContent {
        plannedOtjHours = plannedOtjHours == null ? null : plannedOtjHours.setScale(1, java.math.RoundingMode.HALF_UP);
        teachingSessions = clean(teachingSessions);
        studyDays = clean(studyDays);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        rolesAndResponsibilities = clean(rolesAndResponsibilities);
        supportNeeds = clean(supportNeeds);
        englishAndMathsPlan = clean(englishAndMathsPlan);
        functionalSkills = functionalSkills == null ? PlannedFunctionalSkills.NONE : functionalSkills;
    }

    /** A plan planning no functional skills qualification. */
    public PlanContent(BigDecimal plannedOtjHours, String teachingSessions, String studyDays,
            List<Milestone> milestones, String rolesAndResponsibilities, String supportNeeds,
            String englishAndMathsPlan) {
        this(plannedOtjHours, teachingSessions, studyDays, milestones, rolesAndResponsibilities, supportNeeds,
                englishAndMathsPlan, PlannedFunctionalSkills.NONE);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }
}
