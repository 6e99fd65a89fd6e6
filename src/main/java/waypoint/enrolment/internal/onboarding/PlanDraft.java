package waypoint.enrolment.internal.onboarding;

import java.util.List;

import waypoint.enrolment.FunctionalSkillsChoice;

/**
 * A training plan as typed on the form or sent to the API, before it is checked: text throughout, so that a number or
 * date that is not one is a field error like any other. KSBs are codes separated by commas or spaces (“K1, S2”).
 *
 * The functional skills planned are a level's name ({@code LEVEL_2}) or {@code NONE} (blank: none): the one question
 * the record checks itself, with Bean Validation; the plan's rules check the rest.
 *
 * @param basedOnVersion the version the editor started from (0 for the first): the optimistic lock
 */
public record PlanDraft(int basedOnVersion, String plannedOtjHours, String teachingSessions, String studyDays,
        List<MilestoneDraft> milestones, String rolesAndResponsibilities, String supportNeeds,
        String englishAndMathsPlan, @FunctionalSkillsChoice(subject = "English") String functionalSkillsEnglish,
        @FunctionalSkillsChoice(subject = "maths") String functionalSkillsMaths) {

    public PlanDraft {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** A draft planning no functional skills qualification. */
    public PlanDraft(int basedOnVersion, String plannedOtjHours, String teachingSessions, String studyDays,
            List<MilestoneDraft> milestones, String rolesAndResponsibilities, String supportNeeds,
            String englishAndMathsPlan) {
        this(basedOnVersion, plannedOtjHours, teachingSessions, studyDays, milestones, rolesAndResponsibilities,
                supportNeeds, englishAndMathsPlan, "NONE", "NONE");
    }

    /** The same draft with other milestones (and the version it builds on). */
    public PlanDraft with(int basedOn, List<MilestoneDraft> otherMilestones) {
        return new PlanDraft(basedOn, plannedOtjHours, teachingSessions, studyDays, otherMilestones,
                rolesAndResponsibilities, supportNeeds, englishAndMathsPlan, functionalSkillsEnglish,
                functionalSkillsMaths);
    }

    public record MilestoneDraft(String title, String targetDate, String ksbs) {

        boolean blank() {
            return (title == null || title.isBlank()) && (targetDate == null || targetDate.isBlank())
                    && (ksbs == null || ksbs.isBlank());
        }
    }

    public static PlanDraft of(int basedOnVersion, PlanContent content) {
        return new PlanDraft(basedOnVersion,
                content.plannedOtjHours() == null ? "" : content.plannedOtjHours().toPlainString(),
                content.teachingSessions(), content.studyDays(),
                content.milestones().stream().map(m -> new MilestoneDraft(m.title(),
                        m.targetDate() == null ? "" : m.targetDate().toString(), String.join(", ", m.ksbs()))).toList(),
                content.rolesAndResponsibilities(), content.supportNeeds(), content.englishAndMathsPlan(),
                content.functionalSkills().englishChoice(), content.functionalSkills().mathsChoice());
    }
}
