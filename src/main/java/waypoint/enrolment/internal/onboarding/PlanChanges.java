package waypoint.enrolment.internal.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a training plan, in words a signer can check before signing again (every change
 * makes a new version showing what changed).
 */
final class PlanChanges {

    private PlanChanges() {
    }

    static List<String> between(PlanHeading beforeHeading, PlanContent before, PlanHeading afterHeading,
            PlanContent after) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(beforeHeading, afterHeading)) {
            compare(changes, "Standard", beforeHeading.standard(), afterHeading.standard());
            compare(changes, "Practical period",
                    PlanText.date(beforeHeading.startDate()) + " to " + PlanText.date(beforeHeading.plannedEndDate()),
                    PlanText.date(afterHeading.startDate()) + " to " + PlanText.date(afterHeading.plannedEndDate()));
            compare(changes, "Minimum off-the-job hours", PlanText.hours(beforeHeading.minimumOtjHours()),
                    PlanText.hours(afterHeading.minimumOtjHours()));
            compare(changes, "Employer", beforeHeading.employer(), afterHeading.employer());
        }
        compare(changes, "Planned off-the-job hours", PlanText.hours(before.plannedOtjHours()),
                PlanText.hours(after.plannedOtjHours()));
        compare(changes, "Teaching sessions", before.teachingSessions(), after.teachingSessions());
        compare(changes, "Study days", before.studyDays(), after.studyDays());
        int common = Math.min(before.milestones().size(), after.milestones().size());
        for (int i = 0; i < common; i++) {
            compare(changes, "Milestone " + (i + 1), PlanText.milestone(before.milestones().get(i)),
                    PlanText.milestone(after.milestones().get(i)));
        }
        for (int i = common; i < after.milestones().size(); i++) {
            changes.add("Milestone " + (i + 1) + " added: " + PlanText.milestone(after.milestones().get(i)));
        }
        for (int i = common; i < before.milestones().size(); i++) {
            changes.add("Milestone " + (i + 1) + " removed: " + PlanText.milestone(before.milestones().get(i)));
        }
        compare(changes, "Roles and responsibilities", before.rolesAndResponsibilities(),
                after.rolesAndResponsibilities());
        compare(changes, "Support needs", before.supportNeeds(), after.supportNeeds());
        compare(changes, "English and maths plan", before.englishAndMathsPlan(), after.englishAndMathsPlan());
        compare(changes, "Functional skills planned", before.functionalSkills().inWords(),
                after.functionalSkills().inWords());
        return changes;
    }

    private static void compare(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " changed from “" + shorten(before) + "” to “" + shorten(after) + "”");
        }
    }

    /** Long texts are cut so a list of changes stays readable; the versions themselves keep every word. */
    private static String shorten(String text) {
        String shown = text == null || text.isBlank() ? "none" : text.strip().replaceAll("\\s+", " ");
        return shown.length() > 120 ? shown.substring(0, 117) + "…" : shown;
    }
}
