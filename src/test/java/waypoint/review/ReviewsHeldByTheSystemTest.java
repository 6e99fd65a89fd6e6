package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.review.internal.ReviewStore;
import waypoint.support.WaypointTest;

/**
 * A review held by the system (the demo data, an import of past reviews) goes through the review's own moves, so the
 * audit trail tells its whole story as it does for the people's pages: the meeting, the self-reflection, the version
 * sent for signatures and each signature.
 */
@WaypointTest
class ReviewsHeldByTheSystemTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    ReviewImport reviews;
    @Autowired
    ReviewStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_review_held_by_the_system_has_its_meeting_and_each_step_in_the_audit_trail() {
        ReviewPeople people = new ReviewPeople(accounts, organisation, apprenticeships, 60);
        LocalDate heldOn = LocalDate.now(clock).minusDays(3);

        reviews.hold(new ApprenticeshipId(people.apprenticeship), heldOn, true);

        UUID review = store.ofApprenticeship(new ApprenticeshipId(people.apprenticeship)).stream().filter(r -> r.number() == 1)
                .findFirst().orElseThrow().id();
        List<String> trail = jdbc.sql("SELECT record_type || ': ' || after_summary FROM audit_event"
                        + " WHERE record_id = :id ORDER BY occurred_at, id").param("id", review.toString())
                .query(String.class).list();
        assertThat(trail).anyMatch(line -> line.startsWith("progress review: meeting on ")
                && line.endsWith(" at At the employer's office"));
        assertThat(trail).contains("progress review self-reflection: written",
                "progress review record version 1: First version");
        assertThat(trail).filteredOn(line -> line.startsWith("progress review signature: ")).hasSize(3);
    }
}
