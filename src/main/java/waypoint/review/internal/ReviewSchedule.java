package waypoint.review.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import waypoint.enrolment.BreakInLearning;
import waypoint.rules.Explained;
import waypoint.rules.FundingRules;
import waypoint.rules.ReviewCadence;
import waypoint.rules.Source;

/**
 * When a review falls due: the first counted from the start, each next from the last held review (the anchor), by the
 * cadence of the rule pack for the start date, or the provider's stricter cadence (the learner handbook, “Progress
 * Reviews”; docs/domain/funding-rules.md, Progress reviews). A break in learning pauses the clock: the days of a break
 * that began on or after the anchor and before the due date move the anchor on by as many days, and while a break goes
 * on nothing is due. Pure: the caller passes the dates.
 */
public final class ReviewSchedule {

    private ReviewSchedule() {
    }

    /** The funding rules' cadence for a start date, or the provider's stricter one when it sets weeks. */
    public static ReviewCadence cadence(LocalDate start, Optional<Integer> providerWeeks) {
        ReviewCadence funding = FundingRules.packFor(start).reviewCadence();
        return providerWeeks.map(weeks -> funding.stricterWith(ReviewCadence.everyWeeks(weeks, Source.PROVIDER_POLICY)))
                .orElse(funding);
    }

    /** The due date and why; empty while a break in learning that began after the anchor goes on. */
    public static Optional<Due> due(ReviewCadence cadence, LocalDate anchor, boolean first, List<BreakInLearning> breaks) {
        long paused = 0;
        Explained<LocalDate> due = dueFrom(cadence, anchor, first);
        // A break that starts before the moved due date moves it again, so look until nothing more moves it.
        boolean moved = true;
        java.util.Set<BreakInLearning> counted = new java.util.HashSet<>();
        while (moved) {
            moved = false;
            for (BreakInLearning pause : breaks) {
                if (counted.contains(pause) || pause.startDate().isBefore(anchor)
                        || !pause.startDate().isBefore(due.value())) {
                    continue;
                }
                if (pause.isOngoing()) {
                    return Optional.empty();
                }
                counted.add(pause);
                paused += ChronoUnit.DAYS.between(pause.startDate(), pause.endDate());
                due = dueFrom(cadence, anchor.plusDays(paused), first);
                moved = true;
            }
        }
        String why = String.join(" ", due.sentences().stream().map(ReviewSchedule::sentence).toList());
        if (paused > 0) {
            why += " A break in learning of " + paused + " days paused the clock.";
        }
        return Optional.of(new Due(due.value(), why));
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static Explained<LocalDate> dueFrom(ReviewCadence cadence, LocalDate anchor, boolean first) {
        return first ? cadence.firstReviewDue(anchor) : cadence.nextReviewDue(anchor);
    }

    public record Due(LocalDate date, String explanation) {
    }
}
