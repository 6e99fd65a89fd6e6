package waypoint.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/**
 * Someone who sees every apprenticeship (a lead) is told how many evidence items wait for assessment from the totals
 * the database keeps, as counting every item would tell; a tutor is still told only of their own apprentices' items.
 */
@WaypointTest
class ProviderWideAssessmentQueueTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    TestApprenticeships people;
    UUID apprenticeship;
    String learnerEmail;
    LocalDate today;

    @BeforeEach
    void anApprenticeInLearningForSixMonths() {
        people = new TestApprenticeships(organisation, accounts);
        today = LocalDate.now(clock);
        apprenticeship = people.inLearning(enrolment, "ST0116", today.minusMonths(6));
        learnerEmail = people.lastLearnerEmail;
    }

    @Test
    void a_lead_is_told_how_many_items_wait_as_counting_every_item_would_tell_and_a_tutor_only_their_own() {
        Api learner = Api.at(port).signedInAs(learnerEmail, TestApprenticeships.PASSWORD);
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        String first = add(learner, "Sprint report");
        add(learner, "Design notes");
        add(learner, "Test plan");
        Api.Response referred = tutor.post(evidence() + "/" + first + "/assessment", """
                {"decisions": [{"ksbCode": "K1", "decision": "REFERRED_BACK", "feedback": "Show the code"}]}""");
        assertThat(referred.status()).as(referred.body()).isEqualTo(200);

        Map<String, Long> counted = jdbc.sql("SELECT state, count(*) FROM portfolio_evidence GROUP BY state")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> kept = jdbc.sql("SELECT state, items FROM portfolio_evidence_totals WHERE items <> 0")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(kept).isEqualTo(counted).containsKeys("SUBMITTED", "REFERRED_BACK");

        Api lead = Api.at(port).signedInAs(DemoAccounts.LEAD.email(), DemoAccounts.PASSWORD);
        assertThat(lead.get("/api/v1/portfolio/assessment-queue").json().get("total").asLong())
                .isEqualTo(counted.get("SUBMITTED"));
        assertThat(tutor.get("/api/v1/portfolio/assessment-queue").json().get("total").asLong()).isEqualTo(2);
    }

    private String evidence() {
        return "/api/v1/apprenticeships/" + apprenticeship + "/evidence";
    }

    private String add(Api learner, String title) {
        Api.Response added = learner.post(evidence(), """
                {"title": "%s", "date": "%s", "type": "ASSIGNMENT", "form": "TEXT",
                 "body": "What I did and what it shows", "ksbs": ["K1"]}""".formatted(title, today.minusDays(2)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asString();
    }
}
