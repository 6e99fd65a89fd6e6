package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.review.internal.ReviewService;
import waypoint.support.Api;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * An email to the line manager about an apprentice's progress review carries the apprentice's personal data outside
 * the provider: it is written in the log of personal data shared (docs/domain/data-protection.md, "Sharing"), as the
 * end-point assessment emails are; the emails to the apprentice and the tutor are not.
 */
@WaypointTest
class ReviewEmailsToTheEmployerAreLoggedTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    ReviewService reviews;
    @Autowired
    JdbcClient jdbc;

    @Test
    void planning_a_review_tells_the_line_manager_and_the_sharing_log_says_so() {
        ReviewPeople people = new ReviewPeople(accounts, organisation, apprenticeships, 40);
        reviews.schedule(new ApprenticeshipId(people.apprenticeship));
        Api tutor = Api.at(port).signedInAs(people.tutor.email(), ReviewPeople.PASSWORD);
        var list = tutor.get("/api/v1/apprenticeships/" + people.apprenticeship + "/reviews").json();
        String id = list.get(list.size() - 1).get("id").asString();
        assertThat(tutor.post("/api/v1/reviews/" + id + "/plan", "{\"date\":\"" + LocalDate.now(clock).plusDays(7)
                + "\",\"time\":\"10:30\",\"place\":\"Teams\",\"lockVersion\":0}").status()).isEqualTo(200);

        UUID learner = jdbc.sql("SELECT learner_id FROM enrolment.apprenticeship WHERE id = :id")
                .param("id", people.apprenticeship).query(UUID.class).single();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT recipient_kind || ' ' || recipient || ' ' || what FROM personal_data_sharing
                WHERE learner_id = :learner""").param("learner", learner).query(String.class).list())
                .singleElement().satisfies(line -> assertThat(line).startsWith("EMPLOYER Review Employer")
                        .contains(people.manager.displayName(), "Email: Progress review on")));
    }
}
