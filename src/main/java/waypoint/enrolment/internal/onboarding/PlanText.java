package waypoint.enrolment.internal.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;

import waypoint.shared.time.GovUkDates;

/**
 * The canonical text of a training plan version: the exact words every signature's SHA-256 is taken of. One line per
 * fact in a fixed order, dates written out, hours to one decimal place, multi-line answers indented, so the same plan
 * always gives the same text. Changing this format would make stored signatures fail verification, which is why each
 * version keeps the text it was signed on, and this class is only ever used to write a new version.
 */
final class PlanText {


    private PlanText() {
    }

    static String of(int number, PlanHeading heading, PlanContent plan) {
        StringBuilder text = new StringBuilder();
        line(text, "Training plan (Individual Learning Plan)", null);
        line(text, "Version", String.valueOf(number));
        line(text, "Apprentice", heading.apprentice());
        line(text, "Employer", heading.employer());
        line(text, "Standard", heading.standard());
        line(text, "Practical period", date(heading.startDate()) + " to " + date(heading.plannedEndDate()));
        line(text, "Minimum off-the-job hours", hours(heading.minimumOtjHours()));
        line(text, "Planned off-the-job hours", hours(plan.plannedOtjHours()));
        line(text, "Teaching sessions", plan.teachingSessions());
        line(text, "Study days", plan.studyDays());
        int n = 1;
        for (Milestone milestone : plan.milestones()) {
            line(text, "Milestone " + n++, milestone(milestone));
        }
        line(text, "Roles and responsibilities", plan.rolesAndResponsibilities());
        line(text, "Support needs", plan.supportNeeds());
        line(text, "English and maths plan", plan.englishAndMathsPlan());
        line(text, "Functional skills planned", plan.functionalSkills().inWords());
        return text.toString();
    }

    static String milestone(Milestone milestone) {
        return milestone.title() + "; target " + date(milestone.targetDate()) + "; KSBs "
                + (milestone.ksbs().isEmpty() ? "none" : String.join(", ", milestone.ksbs()));
    }

    static String hours(BigDecimal hours) {
        return hours == null ? "not known" : hours.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " hours";
    }

    static String date(LocalDate date) {
        // "not set", lower case: an empty date stands inside a sentence of the plan people sign
        return GovUkDates.dateOr(date, "not set");
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value == null) {
            text.append(label).append('\n');
            return;
        }
        String shown = value.isBlank() ? "none" : value.strip();
        if (shown.contains("\n")) {
            text.append(label).append(":\n");
            shown.lines().forEach(l -> text.append("  ").append(l.strip()).append('\n'));
        } else {
            text.append(label).append(": ").append(shown).append('\n');
        }
    }
}
