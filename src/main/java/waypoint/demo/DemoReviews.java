package waypoint.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.organisation.OrganisationImport;
import waypoint.review.ReviewImport;

/**
 * Demo progress reviews: the demo learner's first review held and signed by all three, the second held and waiting
 * for the employer's signature, and the third due this week (a date agreed with the employer); every other started
 * apprenticeship on the schedule, so Ellis Evans's first review (migrated, none held) is overdue and Bethany
 * Barker's is paused by her break. Done once: an apprenticeship with a held review is left as it is.
 */
@Component
class DemoReviews {

    private static final Logger log = LoggerFactory.getLogger(DemoReviews.class);

    private final OrganisationImport organisation;
    private final Apprenticeships apprenticeships;
    private final ReviewImport reviews;
    private final Clock clock;

    DemoReviews(OrganisationImport organisation, Apprenticeships apprenticeships, ReviewImport reviews, Clock clock) {
        this.organisation = organisation;
        this.apprenticeships = apprenticeships;
        this.reviews = reviews;
        this.clock = clock;
    }

    void load() {
        reviews.scheduleAll();
        LocalDate today = LocalDate.now(clock);
        for (ApprenticeshipSummary a : organisation.findLearner(DemoAccounts.LEARNER.email())
                .map(apprenticeships::ofLearner).orElse(java.util.List.of())) {
            if (a.status() != ApprenticeshipStatus.IN_LEARNING || reviews.anyHeld(a.id())) {
                continue;
            }
            try {
                reviews.hold(a.id(), a.startDate().plusDays(70), true);
                reviews.hold(a.id(), today.minusDays(5), false);
                LocalDate friday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
                // due this week (Monday to Sunday): this Friday, or today at a weekend
                reviews.agreeDueDate(a.id(), today.getDayOfWeek().getValue() >= 6 ? today : friday,
                        "The employer's office closes for a fortnight from next week; the apprentice and the line"
                                + " manager agreed to meet before it does (email of " + today + ")",
                        "Line manager");
                log.info("Demo data: progress reviews held for apprenticeship {}", a.id());
            } catch (RuntimeException refused) {
                // demo data must never stop the application starting
                log.warn("Demo data: progress reviews of apprenticeship {} stopped: {}", a.id(), refused.getMessage());
            }
        }
    }
}
