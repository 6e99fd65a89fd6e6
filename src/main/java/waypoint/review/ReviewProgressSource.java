package waypoint.review;

import java.time.LocalDate;
import java.util.List;

import waypoint.enrolment.ApprenticeshipSummary;

/**
 * A source of the figures a progress review shows under “progress since the last review”. The review module asks
 * every bean implementing this when a record is drafted and keeps the answer in the signed version. The review
 * module contributes the training plan's planned figures, breaks in learning and the last review's actions itself;
 * the off-the-job hours, portfolio and sessions modules implement it (as a Spring bean in their own module, which
 * then depends on this one) to add hours expected and actual, slippage, evidence accepted, KSBs signed off and
 * sessions held.
 */
public interface ReviewProgressSource {

    /** The lines to show for the period from {@code since} (the last review, or the start) to {@code until}. */
    List<ProgressLine> progress(ApprenticeshipSummary apprenticeship, LocalDate since, LocalDate until);

    /** One figure in words: a heading (“Off-the-job hours”) and what it says (“62 of 75 expected; 13 behind”). */
    record ProgressLine(String heading, String text) {
    }
}
