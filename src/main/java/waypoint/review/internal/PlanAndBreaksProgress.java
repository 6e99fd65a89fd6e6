package waypoint.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.review.ReviewProgressSource;
import waypoint.shared.time.GovUkDates;

/**
 * What the review module knows itself of progress since the last review: breaks in learning in the period. The
 * training plan's figures and the last review's actions are added by the service, which reads them as the signed-in
 * person. Off-the-job hours, evidence and sessions come from their modules' own {@link ReviewProgressSource}s.
 */
@Component
class PlanAndBreaksProgress implements ReviewProgressSource {

    private final Apprenticeships apprenticeships;

    PlanAndBreaksProgress(Apprenticeships apprenticeships) {
        this.apprenticeships = apprenticeships;
    }

    @Override
    public List<ProgressLine> progress(ApprenticeshipSummary apprenticeship, LocalDate since, LocalDate until) {
        List<ProgressLine> lines = new ArrayList<>();
        apprenticeships.breaksOf(apprenticeship.id()).stream()
                .filter(b -> !b.startDate().isAfter(until) && (b.endDate() == null || !b.endDate().isBefore(since)))
                .forEach(b -> lines.add(new ProgressLine("Break in learning", "From " + GovUkDates.date(b.startDate())
                        + (b.endDate() == null ? ", still on it" : " to " + GovUkDates.date(b.endDate())))));
        return lines;
    }
}
