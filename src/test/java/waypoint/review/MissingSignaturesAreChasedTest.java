package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.review.internal.ReviewJobs;
import waypoint.review.internal.ReviewStore;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * A review record waiting for a signature longer than the provider's number of days is chased once per version: the
 * hourly job emails whoever has not signed, and the next run goes on to the reviews not chased yet instead of the
 * same first ones again.
 */
@WaypointTest
class MissingSignaturesAreChasedTest {

    @Autowired
    TestClock clock;
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
    ReviewJobs jobs;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void timeAsItWas() {
        clock.reset();
    }

    @Test
    void a_record_waiting_for_the_employers_signature_is_chased_once() {
        // given a review held without the employer's signature
        ReviewPeople people = new ReviewPeople(accounts, organisation, apprenticeships, 70);
        reviews.hold(new ApprenticeshipId(people.apprenticeship), LocalDate.now(clock).minusDays(1), false);
        UUID review = store.ofApprenticeship(new ApprenticeshipId(people.apprenticeship)).stream().filter(r -> r.number() == 1)
                .findFirst().orElseThrow().id();

        // when the job runs before the provider's days are up, then after, and again an hour later
        jobs.chase();
        assertThat(chasesOf(review)).isEmpty();
        clock.moveBy(Duration.ofDays(61));
        jobs.chase();
        jobs.chase();

        // then the employer is emailed once for this version, and the version is marked as chased
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(chasesOf(review))
                .containsExactly("review-chase:" + review + ":v1:EMPLOYER"));
        assertThat(jdbc.sql("SELECT record_version FROM progress_review_chase WHERE review_id = :id")
                .param("id", review).query(Integer.class).list()).containsExactly(1);
    }

    private List<String> chasesOf(UUID review) {
        return jdbc.sql("SELECT dedupe_key FROM email_message WHERE dedupe_key LIKE :key ORDER BY dedupe_key")
                .param("key", "review-chase:" + review + ":%").query(String.class).list();
    }
}
