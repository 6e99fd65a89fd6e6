package waypoint.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.delivery.DeliveryImport;
import waypoint.delivery.DeliveryPeople;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.review.ReviewProgressSource;
import waypoint.review.ReviewProgressSource.ProgressLine;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/** A progress review shows the sessions held since the last review and the actions agreed and overdue. */
@WaypointTest
class DeliveryReviewProgressTest {

    @Autowired
    TestClock clock;

    @Autowired
    List<ReviewProgressSource> sources;
    @Autowired
    DeliveryImport delivery;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport imports;

    @Test
    void the_review_shows_sessions_attended_missed_and_cancelled_and_overdue_actions_of_the_period() {
        DeliveryPeople people = new DeliveryPeople(accounts, organisation, imports, 60);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        UUID held = delivery.schedule(List.of(new ApprenticeshipId(people.apprenticeship)), at(today.minusDays(20)), 60, "Room", null,
                "Held", List.of(), people.tutor.id(), "Tess", now);
        delivery.record(held, Map.of(new ApprenticeshipId(people.apprenticeship), "LATE"), "Delivered", List.of(
                new DeliveryImport.Action(new ApprenticeshipId(people.apprenticeship), "ACTION", "Overdue one", "LEARNER",
                        today.minusDays(5), false),
                new DeliveryImport.Action(new ApprenticeshipId(people.apprenticeship), "ACTION", "Done one", "LEARNER",
                        today.minusDays(5), true)), now);
        UUID missed = delivery.schedule(List.of(new ApprenticeshipId(people.apprenticeship)), at(today.minusDays(10)), 60, "Room", null,
                "Missed", List.of(), people.tutor.id(), "Tess", now);
        delivery.record(missed, Map.of(new ApprenticeshipId(people.apprenticeship), "ABSENT"), "Delivered", List.of(), now);

        List<ProgressLine> lines = sources.stream().filter(DeliveryReviewProgress.class::isInstance)
                .flatMap(s -> s.progress(
                        apprenticeships.find(new ApprenticeshipId(people.apprenticeship)).orElseThrow(),
                        today.minusDays(30), today).stream()).toList();

        assertThat(lines).extracting(ProgressLine::text).containsExactly(
                "1 attended (1 late), 1 missed, 0 cancelled", "2 agreed since the last review; 1 is overdue");
    }

    private static Instant at(LocalDate date) {
        return date.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant();
    }
}
