package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/** The demo shows sessions as a tutor would find them: recorded ones with overdue actions, upcoming ones, messages. */
@WaypointTest
class DemoDeliveryTest {

    @LocalServerPort
    int port;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    UserAccounts accounts;
    @Autowired
    DeliveryFacts facts;

    @Test
    void the_demo_learner_has_recorded_and_upcoming_sessions_overdue_actions_and_message_threads() {
        var lola = apprenticeships.currentForLearnerAccount(
                accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow().id()).orElseThrow();
        assertThat(facts.lastSessionDate(lola.id())).isPresent();
        assertThat(facts.nextSessionDate(lola.id())).isPresent();
        assertThat(facts.overdueActions(lola.id())).isNotEmpty();

        Api learner = Api.at(port).signedInAs(DemoAccounts.LEARNER.email(), DemoAccounts.PASSWORD);
        assertThat(learner.get("/api/v1/sessions?filter=RECORDED").json().get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(learner.get("/api/v1/sessions?filter=UPCOMING").json().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(learner.get("/api/v1/message-threads").body()).contains("Help with the project brief");

        Api employer = Api.at(port).signedInAs(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);
        assertThat(employer.get("/api/v1/message-threads").body()).contains("Time for off-the-job study at work")
                .doesNotContain("Help with the project brief");

        Api tutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);
        assertThat(tutor.get("/api/v1/sessions?filter=TO_RECORD").json().get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(tutor.get("/api/v1/actions?filter=OVERDUE").json().get("total").asLong()).isGreaterThanOrEqualTo(1);
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        assertThat(head.get("/api/v1/cadence-gaps").json().get("total").asLong()).isGreaterThanOrEqualTo(1);
    }
}
