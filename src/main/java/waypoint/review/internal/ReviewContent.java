package waypoint.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.review.ReviewProgressSource.ProgressLine;
import waypoint.shared.time.GovUkDates;


/**
 * One version of a review record exactly as signed: its canonical text is built from it, and it never changes. A
 * version kept before the functional skills were asked plans none.
 */
public record ReviewContent(int reviewNumber, String apprentice, String employer, String standard, String tutor,
        LocalDate heldOn, String reflection, List<ProgressLine> progress, List<ActionOutcome> lastActions,
        List<Written> sections, List<Target> targets, LocalDate nextReviewDate,
        PlannedFunctionalSkills functionalSkills) {

    public ReviewContent {
        functionalSkills = functionalSkills == null ? PlannedFunctionalSkills.NONE : functionalSkills;
    }

    public record ActionOutcome(String title, LocalDate targetDate, String status) {
    }

    public record Written(String heading, String text) {
    }

    public record Target(String title, LocalDate targetDate, List<String> ksbs) {
    }

    public String canonicalText(int version) {
        StringBuilder text = new StringBuilder("Progress review " + reviewNumber + ", record version " + version
                + "\nApprentice: " + apprentice + "\nEmployer: " + employer + "\nApprenticeship: " + standard
                + "\nTutor: " + tutor + "\nHeld on: " + GovUkDates.date(heldOn) + "\n\nThe apprentice's self-reflection\n"
                + reflection + "\n\nProgress since the last review\n");
        progress.forEach(p -> text.append(p.heading()).append(": ").append(p.text()).append('\n'));
        text.append("\nActions from the last review\n");
        if (lastActions.isEmpty()) {
            text.append("None\n");
        }
        lastActions.forEach(a -> text.append(a.title()).append(" (by ").append(GovUkDates.date(a.targetDate()))
                .append("): ").append(a.status()).append('\n'));
        sections.forEach(s -> text.append('\n').append(s.heading()).append('\n').append(s.text()).append('\n'));
        text.append("\nFunctional skills planned: ").append(functionalSkills.inWords()).append('\n');
        text.append("\nTargets for the next review\n");
        targets.forEach(t -> text.append(t.title()).append(" by ").append(GovUkDates.date(t.targetDate()))
                .append(t.ksbs().isEmpty() ? "" : " (" + String.join(", ", t.ksbs()) + ")").append('\n'));
        text.append("\nNext review: ").append(GovUkDates.date(nextReviewDate)).append('\n');
        return text.toString();
    }

    /** What changed from {@code before} to this version, in words, for the signers who saw the earlier one. */
    public List<String> changesSince(ReviewContent before) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(heldOn, before.heldOn)) {
            changes.add("the meeting date is now " + GovUkDates.date(heldOn));
        }
        if (!Objects.equals(reflection, before.reflection)) {
            changes.add("the apprentice's self-reflection");
        }
        for (Written section : sections) {
            String was = before.sections.stream().filter(s -> s.heading().equals(section.heading()))
                    .map(Written::text).findFirst().orElse(null);
            if (!section.text().equals(was)) {
                changes.add("“" + section.heading() + "”");
            }
        }
        if (!functionalSkills.equals(before.functionalSkills)) {
            changes.add("the functional skills planned, now " + functionalSkills.inWords());
        }
        if (!targets.equals(before.targets)) {
            changes.add("the targets for the next review");
        }
        if (!lastActions.equals(before.lastActions)) {
            changes.add("the status of the last review's actions");
        }
        if (!Objects.equals(nextReviewDate, before.nextReviewDate)) {
            changes.add("the next review is now " + GovUkDates.date(nextReviewDate));
        }
        if (changes.isEmpty()) {
            changes.add("the progress figures since the last review");
        }
        return changes;
    }
}
