package waypoint.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Who hears what in the portfolio, and the quality assurance action a disagreement opens: the tutor hears of
 * evidence to assess, the learner of the outcome with the feedback; a disagreement reaches the tutor and the quality
 * lead and stays open until the tutor responds; a later agreement never hides it.
 */
@WaypointTest
class PortfolioNotificationsAndQualityActionsTest {

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

    TestApprenticeships people;
    UUID apprenticeship;
    String learnerEmail;
    LocalDate today;

    @BeforeEach
    void anApprenticeInLearning() {
        people = new TestApprenticeships(organisation, accounts);
        today = LocalDate.now(clock);
        apprenticeship = apprenticeship(people);
        learnerEmail = people.lastLearnerEmail;
    }

    private UUID apprenticeship(TestApprenticeships of) {
        UUID learner = of.learner();
        LocalDate start = today.minusMonths(6);
        UUID id = enrolment.record(NewApprenticeship.of(learner, of.employer, of.lineManager, "ST0116", of.tutor,
                start, start.plusMonths(18), new BigDecimal("37.5")));
        enrolment.employed(id, start.minusYears(1), waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(id, start);
        return id;
    }

    private Api as(String email) {
        return Api.at(port).signedInAs(email, TestApprenticeships.PASSWORD);
    }

    private String evidence() {
        return "/api/v1/apprenticeships/" + apprenticeship + "/evidence";
    }

    private String added(String title, String... ksbs) {
        Api.Response added = as(learnerEmail).post(evidence(), """
                {"title": "%s", "date": "%s", "type": "ASSIGNMENT", "form": "TEXT",
                 "body": "What I did and what it shows", "ksbs": [%s]}""".formatted(title, today.minusDays(1),
                String.join(", ", List.of(ksbs).stream().map(k -> "\"" + k + "\"").toList())));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asString();
    }

    /** The person's notifications, once the listener (after the commit) has delivered one with this title. */
    private JsonNode notified(String email, String titleContains) {
        Api person = as(email);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(person.get("/api/v1/notifications").body()).contains(titleContains));
        for (JsonNode n : person.get("/api/v1/notifications").json().get("items")) {
            if (n.get("title").asString().contains(titleContains)) {
                return n;
            }
        }
        throw new AssertionError("no notification " + titleContains);
    }

    @Test
    void submitted_evidence_tells_the_tutor_and_the_outcome_with_its_feedback_tells_the_learner() {
        String id = added("Sprint report", "K1", "S1");
        JsonNode toAssess = notified(people.tutorEmail, "Evidence to assess");
        assertThat(toAssess.get("body").asString()).contains("Sprint report");
        assertThat(toAssess.get("link").asString()).endsWith("/portfolio/evidence/" + id);

        as(people.tutorEmail).post(evidence() + "/" + id + "/assessment", """
                {"decisions": [{"ksbCode": "K1", "decision": "ACCEPTED"},
                               {"ksbCode": "S1", "decision": "REFERRED_BACK", "feedback": "Show the code you wrote"}]}""");
        JsonNode referred = notified(learnerEmail, "Evidence referred back");
        assertThat(referred.get("body").asString()).contains("S1").contains("Show the code you wrote");

        as(learnerEmail).post(evidence() + "/" + id + "/resubmit", "{\"body\": \"With the code\"}");
        assertThat(notified(people.tutorEmail, "Evidence to assess").get("body").asString())
                .isNotBlank();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(as(people.tutorEmail).get("/api/v1/notifications").body()).contains("version 2"));
        as(people.tutorEmail).post(evidence() + "/" + id + "/assessment",
                "{\"decisions\": [{\"ksbCode\": \"S1\", \"decision\": \"ACCEPTED\"}]}");
        assertThat(notified(learnerEmail, "Evidence accepted").get("title").asString()).contains("Sprint report");
    }

    @Test
    void a_disagreement_reaches_the_tutor_and_the_quality_lead_and_stays_open_until_the_tutor_responds() {
        String lead = "quality-lead-" + TestApprenticeships.unique() + "@example.test";
        accounts.createWithPassword(lead, "Quality Lead", Set.of(Role.QUALITY), TestApprenticeships.PASSWORD);
        String id = added("Team meeting notes", "K2");
        Api tutor = as(people.tutorEmail);
        tutor.post(evidence() + "/" + id + "/assessment",
                "{\"decisions\": [{\"ksbCode\": \"K2\", \"decision\": \"ACCEPTED\"}]}");
        Api quality = as("quality@waypoint.test");
        String decision = quality.get(evidence() + "/" + id + "/assessment-decisions").json().get(0).get("id")
                .asString();
        String samples = "/api/v1/portfolio/assessment-decisions/" + decision + "/samples";

        assertThat(quality.post(samples, "{\"agrees\": false, \"comments\": \"The notes do not show K2\"}").status())
                .isEqualTo(201);
        assertThat(notified(people.tutorEmail, "Quality assurance disagrees").get("link").asString())
                .isEqualTo("/portfolio/disagreements");
        assertThat(notified(lead, "Disagreement recorded").get("body").asString()).contains("The notes do not show K2");

        // a later agreement does not hide the disagreement
        assertThat(quality.post(samples, "{\"agrees\": true, \"comments\": \"On a second look, fine\"}").status())
                .isEqualTo(201);
        JsonNode sampled = quality.get(evidence() + "/" + id + "/assessment-decisions").json().get(0);
        assertThat(sampled.get("agrees").asBoolean()).isFalse();
        assertThat(sampled.get("samples").size()).isEqualTo(2);
        assertThat(PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD)
                .get("/apprenticeships/" + apprenticeship + "/portfolio/evidence/" + id).body())
                .contains("The notes do not show K2").contains("On a second look, fine")
                .contains("Waiting for the tutor");

        // the tutor's open action, which only they (or those managing the apprenticeship) close
        JsonNode open = tutor.get("/api/v1/portfolio/quality-disagreements").json();
        assertThat(open.size()).isEqualTo(1);
        String sample = open.get(0).get("samples").get(0).get("id").asString();
        String close = "/api/v1/portfolio/quality-disagreements/" + sample + "/close";
        TestApprenticeships others = new TestApprenticeships(organisation, accounts);
        apprenticeship(others);
        assertThat(as(others.tutorEmail).get("/api/v1/portfolio/quality-disagreements").json().size()).isZero();
        assertThat(as(others.tutorEmail).post(close, "{\"response\": \"Not mine\"}").status()).isEqualTo(404);
        assertThat(as(learnerEmail).get("/api/v1/portfolio/quality-disagreements").status()).isEqualTo(403);
        assertThat(as(learnerEmail).post(close, "{\"response\": \"x\"}").status()).isEqualTo(403);
        assertThat(quality.post(close, "{\"response\": \"I close it myself\"}").status()).isEqualTo(403);
        Api.Response blank = tutor.post(close, "{\"response\": \"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("response");

        PageClient pages = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        PageClient.Page list = pages.get("/portfolio/disagreements");
        assertThat(list.body()).contains("Team meeting notes").contains("The notes do not show K2");
        assertThat(pages.post("/portfolio/disagreements/" + sample + "/close", list,
                Map.of("response", "Added the meeting minutes that show K2")).status()).isEqualTo(302);

        assertThat(tutor.get("/api/v1/portfolio/quality-disagreements").json().size()).isZero();
        assertThat(tutor.post(close, "{\"response\": \"again\"}").status()).isEqualTo(409);
        assertThat(notified("quality@waypoint.test", "responded to your disagreement").get("body").asString())
                .contains("Added the meeting minutes");
        assertThat(quality.get(evidence() + "/" + id + "/assessment-decisions").body())
                .contains("Added the meeting minutes that show K2");
    }
}
