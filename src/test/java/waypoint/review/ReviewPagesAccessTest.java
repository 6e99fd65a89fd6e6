package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The review pages answer only the three people of the apprenticeship and provider-wide staff: anyone else is told
 * the review is not found (never shown it), and the learner and employer cannot do the tutor's part.
 */
@WaypointTest
class ReviewPagesAccessTest {

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
    void only_the_apprenticeships_people_see_its_reviews_and_only_staff_plan_them() {
        ReviewPeople ours = new ReviewPeople(accounts, organisation, apprenticeships, 40);
        ReviewPeople others = new ReviewPeople(accounts, organisation, apprenticeships, 40);
        reviews.schedule(new ApprenticeshipId(ours.apprenticeship));
        UUID review = jdbc.sql("SELECT id FROM progress_review WHERE apprenticeship_id = :a ORDER BY number LIMIT 1")
                .param("a", ours.apprenticeship).query(UUID.class).single();
        String page = "/reviews/" + review;

        for (var person : new Object[][] {{ours.learner.email(), 200}, {ours.manager.email(), 200},
                {ours.tutor.email(), 200}, {others.learner.email(), 404}, {others.manager.email(), 404},
                {others.tutor.email(), 404}}) {
            PageClient client = PageClient.signedInAs(port, (String) person[0], ReviewPeople.PASSWORD);
            PageClient.Page answer = client.get(page);
            assertThat(answer.status()).as((String) person[0]).isEqualTo(person[1]);
            if ((int) person[1] == 404) {
                assertThat(answer.body()).doesNotContain(ours.learner.displayName());
            }
            assertThat(client.get("/apprenticeships/" + ours.apprenticeship + "/reviews").status())
                    .as((String) person[0]).isEqualTo(person[1]);
        }

        PageClient learner = PageClient.signedInAs(port, ours.learner.email(), ReviewPeople.PASSWORD);
        PageClient.Page form = learner.get(page);
        assertThat(learner.post(page + "/plan", form, Map.of("meetingDate", "2030-01-01", "meetingTime", "10:00",
                "place", "Teams", "lockVersion", "0")).status()).isIn(403, 404);
        assertThat(learner.get("/reports/review-compliance.csv").status()).isEqualTo(403);
        assertThat(learner.get("/apprenticeships/not-an-id/reviews").status()).isEqualTo(404);
    }
}
