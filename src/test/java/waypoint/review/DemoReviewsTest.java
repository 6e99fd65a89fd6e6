package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/** The demo provider's progress reviews: signed, waiting for the employer, due this week, and overdue. */
@WaypointTest
class DemoReviewsTest {

    @LocalServerPort
    int port;

    @Test
    void the_demo_learner_has_a_signed_review_one_waiting_for_the_employer_and_one_due_this_week() {
        Api learner = Api.at(port).signedInAs(DemoAccounts.LEARNER.email(), DemoAccounts.PASSWORD);
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        JsonNode apprenticeships = admin.get("/api/v1/reviews/compliance?filter=AWAITING_SIGNATURES").json();
        assertThat(apprenticeships.get("items").size()).isPositive();
        String apprenticeship = apprenticeships.get("items").get(0).get("apprenticeshipId").asString();
        JsonNode reviews = learner.get("/api/v1/apprenticeships/" + apprenticeship + "/reviews").json();
        assertThat(reviews.size()).isEqualTo(3);
        assertThat(reviews.get(2).get("state").asString()).isEqualTo("SIGNED");
        assertThat(reviews.get(1).get("state").asString()).isEqualTo("AWAITING_SIGNATURES");
        assertThat(learner.get("/api/v1/reviews/" + reviews.get(1).get("id").asString()).json().get("waitingFor")
                .toString()).isEqualTo("[\"EMPLOYER\"]");
        assertThat(reviews.get(0).get("state").asString()).isEqualTo("DUE");
        assertThat(admin.get("/api/v1/reviews/compliance?filter=DUE_THIS_WEEK").json().get("total").asLong())
                .isPositive();
        assertThat(admin.get("/api/v1/reviews/compliance?filter=OVERDUE").json().get("total").asLong())
                .isPositive();
    }
}
