package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Epaos;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.OffTheJobHours;
import waypoint.otj.OffTheJobImport;
import waypoint.support.Api;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/** The gateway, the EPA and the completion through the API: who may do what, bad input, refusals. */
@WaypointTest
class EpaApiTest {

    @Autowired
    TestClock clock;

    static final String OBSERVATION = "Observation with questioning";
    static final String DISCUSSION = "Professional discussion underpinned by a portfolio of evidence";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    OffTheJobImport otj;
    @Autowired
    OffTheJobHours hours;
    @Autowired
    Epaos epaos;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    EpaPeople people;
    Api tutor;
    Api learner;
    Api manager;
    Api otherTutor;
    String base;

    @BeforeEach
    void givenAnApprenticeshipNearItsGateway() {
        people = new EpaPeople(accounts, organisation, apprenticeships);
        tutor = Api.at(port).signedInAs(people.tutor.email(), EpaPeople.PASSWORD);
        learner = Api.at(port).signedInAs(people.learner.email(), EpaPeople.PASSWORD);
        manager = Api.at(port).signedInAs(people.manager.email(), EpaPeople.PASSWORD);
        otherTutor = Api.at(port).signedInAs(people.otherTutor.email(), EpaPeople.PASSWORD);
        base = "/api/v1/apprenticeships/" + people.apprenticeship;
    }

    @Test
    void everyone_of_the_apprenticeship_reads_its_epa_and_no_overall_grade_is_given_before_any_result() {
        for (Api as : new Api[] {tutor, learner, manager}) {
            Api.Response epa = as.get(base + "/epa");
            assertThat(epa.status()).isEqualTo(200);
            assertThat(epa.json().get("stage").asString()).isEqualTo("PREPARING");
            assertThat(epa.json().get("overallGrade").isNull()).isTrue();
            assertThat(epa.json().get("methods")).hasSize(2);
        }
    }

    @Test
    void someone_who_may_not_see_the_apprenticeship_is_told_it_is_not_there() {
        assertThat(otherTutor.get(base + "/epa").status()).isEqualTo(404);
        assertThat(otherTutor.get(base + "/gateway").status()).isEqualTo(404);
        assertThat(otherTutor.post(base + "/epa/results", "{\"method\":\"x\",\"grade\":\"Pass\"}").status())
                .isEqualTo(404);
        assertThat(otherTutor.get(base + "/gateway").body()).doesNotContain(people.learner.displayName());
        assertThat(otherTutor.get("/api/v1/apprenticeships/not-an-id/epa").status()).isEqualTo(400);
    }

    @Test
    void the_apprentice_and_the_employer_may_not_record_results_or_the_meeting() {
        assertThat(learner.post(base + "/epa/results", "{\"method\":\"" + OBSERVATION + "\",\"grade\":\"Pass\"}")
                .status()).isEqualTo(403);
        assertThat(manager.post(base + "/gateway/meeting", "{}").status()).isEqualTo(403);
        assertThat(learner.get("/api/v1/epa/readiness").status()).isEqualTo(403);
    }

    @Test
    void a_result_before_the_gateway_is_refused_with_409() {
        Api.Response refused = tutor.post(base + "/epa/results",
                "{\"method\":\"" + OBSERVATION + "\",\"grade\":\"Pass\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("a result comes after the gateway meeting");
    }

    @Test
    void a_grade_the_method_cannot_give_and_an_unknown_method_are_field_errors() {
        Api.Response merit = tutor.post(base + "/epa/results", "{\"method\":\"" + OBSERVATION + "\",\"grade\":\"Merit\"}");
        assertThat(merit.status()).isEqualTo(400);
        assertThat(merit.json().get("errors").get(0).get("field").asString()).isEqualTo("grade");
        assertThat(merit.json().get("errors").get(0).get("message").asString())
                .isEqualTo(OBSERVATION + " can give only: Fail, Pass, Distinction");
        Api.Response unknown = tutor.post(base + "/epa/results", "{\"method\":\"Multiple-choice test\",\"grade\":\"Pass\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("method");
        assertThat(tutor.post(base + "/epa/results", "{\"method\":").status()).isEqualTo(400);
    }

    @Test
    void a_ready_meeting_with_the_checklist_incomplete_is_refused_and_bad_fields_are_named() {
        Api.Response bad = tutor.post(base + "/gateway/meeting", "{\"heldOn\":\"31/2/2026\",\"decision\":\"MAYBE\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("heldOn", "mentor", "decision", "fullName");
        Api.Response refused = tutor.post(base + "/gateway/meeting", meeting("READY"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).startsWith("The gateway checklist is not complete");
    }

    @Test
    void a_completion_without_a_pass_is_refused() {
        Api.Response refused = tutor.post(base + "/epa/completion",
                "{\"actualEndDate\":\"" + LocalDate.now(clock) + "\",\"achievementDate\":\"" + LocalDate.now(clock) + "\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("a completion needs an overall pass");
    }

    @Test
    void the_checklist_shows_each_item_with_its_evidence_and_the_employer_and_apprentice_confirm_their_own() {
        JsonNode checklist = tutor.get(base + "/gateway").json();
        assertThat(checklist.get("complete").asBoolean()).isFalse();
        assertThat(checklist.get("items").toString()).contains("minimum-duration", "off-the-job-hours",
                "employer-confirmation", "apprentice-confirmation", "portfolio");
        assertThat(learner.post(base + "/gateway/confirmations", "{\"item\":\"employer-confirmation\"}").status())
                .isEqualTo(403);
        assertThat(manager.post(base + "/gateway/confirmations", "{\"item\":\"employer-confirmation\","
                + "\"evidence\":\"Works at the level of the standard\"}").status()).isEqualTo(200);
        assertThat(learner.post(base + "/gateway/confirmations", "{\"item\":\"apprentice-confirmation\"}").status())
                .isEqualTo(200);
        assertThat(tutor.post(base + "/gateway/confirmations", "{\"item\":\"portfolio\"}").status()).isEqualTo(400);
        assertThat(tutor.post(base + "/gateway/confirmations", "{\"item\":\"minimum-duration\",\"evidence\":\"x\"}")
                .status()).isEqualTo(409);
        assertThat(tutor.post(base + "/gateway/confirmations", "{\"item\":\"nonsense\"}").status()).isEqualTo(400);
        JsonNode after = tutor.get(base + "/gateway").json();
        assertThat(after.get("items").toString()).contains("Works at the level of the standard (Employer: "
                + people.manager.displayName() + ")");
    }

    @Test
    void from_the_gateway_meeting_through_the_results_to_the_certificate() {
        completeTheChecklist();
        assertThat(tutor.post(base + "/gateway/meeting", meeting("READY")).status()).isEqualTo(200);
        assertThat(tutor.get(base + "/epa").json().get("status").asString()).isEqualTo("GATEWAY");
        assertThat(learner.post(base + "/gateway/meeting/signatures",
                "{\"fullName\":\"" + people.learner.displayName() + "\"}").status()).isEqualTo(200);
        assertThat(tutor.post(base + "/epa/results", "{\"method\":\"" + OBSERVATION + "\",\"grade\":\"Pass\"}")
                .json().get("detail").asString()).contains("book the assessment");

        String epao = epaos.all().get(0).id().toString();
        Api.Response badBooking = tutor.post(base + "/epa/bookings", "{\"method\":\"Interview\",\"epaoId\":\"nope\"}");
        assertThat(badBooking.status()).isEqualTo(400);
        assertThat(badBooking.body()).contains("method", "epaoId", "date", "time", "place");
        Api.Response unsigned = tutor.post(base + "/epa/bookings", booking(OBSERVATION, epao));
        assertThat(unsigned.status()).as("the employer has not signed the meeting record yet").isEqualTo(409);
        assertThat(unsigned.json().get("detail").asString()).contains("The gateway is not passed",
                "The employer's signature on the gateway meeting record");
        assertThat(manager.post(base + "/gateway/meeting/signatures",
                "{\"fullName\":\"" + people.manager.displayName() + "\"}").status()).isEqualTo(200);
        assertThat(tutor.get(base + "/epa").json().get("gateway").get("passed").asBoolean()).isTrue();
        for (String method : new String[] {OBSERVATION, DISCUSSION}) {
            assertThat(tutor.post(base + "/epa/bookings", booking(method, epao)).status()).isEqualTo(200);
        }
        assertThat(tutor.get(base + "/epa").json().get("status").asString()).isEqualTo("END_POINT_ASSESSMENT");

        assertThat(tutor.post(base + "/epa/results", "{\"method\":\"" + OBSERVATION + "\",\"grade\":\"Fail\"}")
                .status()).isEqualTo(200);
        JsonNode failed = tutor.post(base + "/epa/results", "{\"method\":\"" + DISCUSSION + "\",\"grade\":\"distinction\"}")
                .json();
        assertThat(failed.get("overallGrade").asString()).isEqualTo("Fail");
        assertThat(tutor.post(base + "/epa/results", "{\"method\":\"" + DISCUSSION + "\",\"grade\":\"Pass\"}")
                .status()).as("a passed method is not assessed again").isEqualTo(409);
        Api.Response unbooked = tutor.post(base + "/epa/results", "{\"method\":\"" + OBSERVATION + "\",\"grade\":\"Pass\"}");
        assertThat(unbooked.status()).as("a resit needs its own booking").isEqualTo(409);
        assertThat(unbooked.json().get("detail").asString()).contains("A resit of " + OBSERVATION
                + " needs its own booking");
        assertThat(tutor.post(base + "/epa/bookings", booking(OBSERVATION, epao).replace("00:00", "00:30"))
                .json().get("bookings").get(2).get("attempt").asInt()).isEqualTo(2);
        JsonNode resat = tutor.post(base + "/epa/results", "{\"method\":\"" + OBSERVATION + "\",\"grade\":\"Pass\"}")
                .json();
        assertThat(resat.get("overallGrade").asString()).isEqualTo("Merit");
        assertThat(resat.get("stage").asString()).isEqualTo("PASSED");
        assertThat(resat.get("methods").get(0).get("attempts").asInt()).isEqualTo(2);

        Api.Response lateAppeal = tutor.post(base + "/epa/appeals", "{\"method\":\"" + DISCUSSION
                + "\",\"lodgedOn\":\"" + LocalDate.now(clock) + "\",\"reason\":\"\"}");
        assertThat(lateAppeal.status()).isEqualTo(400);

        Api.Response badDates = tutor.post(base + "/epa/completion", "{\"actualEndDate\":\"" + LocalDate.now(clock)
                + "\",\"achievementDate\":\"" + LocalDate.now(clock).minusDays(1) + "\"}");
        assertThat(badDates.status()).isEqualTo(400);
        Api.Response beforeTheResults = tutor.post(base + "/epa/completion", "{\"actualEndDate\":\""
                + LocalDate.now(clock).minusDays(2) + "\",\"achievementDate\":\"" + LocalDate.now(clock).minusDays(1) + "\"}");
        assertThat(beforeTheResults.status()).isEqualTo(400);
        assertThat(beforeTheResults.body()).contains("on or after the last graded method");
        JsonNode completed = tutor.post(base + "/epa/completion", "{\"actualEndDate\":\"" + LocalDate.now(clock).minusDays(1)
                + "\",\"achievementDate\":\"" + LocalDate.now(clock) + "\"}").json();
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("completion").get("achievementDate").asString()).isEqualTo(LocalDate.now(clock).toString());

        // a wrong completion is corrected by a named person with the reason, never before the last graded method
        String correction = base + "/epa/completion/correction";
        String corrected = "{\"actualEndDate\":\"" + LocalDate.now(clock).minusDays(2) + "\",\"achievementDate\":\""
                + LocalDate.now(clock) + "\",\"reason\":\"The actual end date was typed a day late\"}";
        assertThat(learner.post(correction, corrected).status()).isEqualTo(403);
        assertThat(tutor.post(correction, "{\"actualEndDate\":\"" + LocalDate.now(clock).minusDays(2)
                + "\",\"achievementDate\":\"" + LocalDate.now(clock) + "\"}").body()).contains("reason",
                        "Enter why the completion is corrected");
        JsonNode fixed = tutor.post(correction, corrected).json();
        assertThat(fixed.get("completion").get("actualEndDate").asString())
                .isEqualTo(LocalDate.now(clock).minusDays(2).toString());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = :id AND after_summary LIKE :text")
                .param("id", people.apprenticeship.toString())
                .param("text", "%corrected by " + people.tutor.displayName() + ": The actual end date%")
                .query(Long.class).single()).isEqualTo(1);
        waypoint.support.PageClient page = waypoint.support.PageClient.signedInAs(port, people.tutor.email(),
                EpaPeople.PASSWORD);
        String gatewayPage = "/apprenticeships/" + people.apprenticeship + "/gateway";
        assertThat(page.get(gatewayPage).body()).contains("Correct the completion");
        waypoint.support.PageClient.Page noReason = page.post("/apprenticeships/" + people.apprenticeship
                + "/epa/completion-correction", java.util.Map.of("correction-actualEndDate",
                        LocalDate.now(clock).minusDays(2).toString(), "correction-achievementDate",
                        LocalDate.now(clock).toString(), "correction-reason", ""));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("There is a problem", "Enter why the completion is corrected");

        assertThat(tutor.post(base + "/epa/certificate", "{\"requestedOn\":\"" + LocalDate.now(clock) + "\"}").status())
                .isEqualTo(200);
        JsonNode certificate = tutor.post(base + "/epa/certificate", "{\"requestedOn\":\"" + LocalDate.now(clock)
                + "\",\"receivedOn\":\"" + LocalDate.now(clock) + "\"}").json();
        assertThat(certificate.get("completion").get("certificateReceivedOn").asString())
                .isEqualTo(LocalDate.now(clock).toString());
        assertThat(tutor.post(base + "/epa/progression", "{\"kind\":\"HIGHER_APPRENTICESHIP\",\"heldOn\":\""
                + LocalDate.now(clock) + "\",\"notes\":\"Level 5 teacher\"}").json().get("completion").get("progression")
                .asString()).isEqualTo("HIGHER_APPRENTICESHIP");
        assertThat(tutor.get("/api/v1/epa/results").status()).isEqualTo(200);

        // and the apprentice is sent the provider's completion survey (your complaints policy: "and then again on
        // completion")
        await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT count(*) FROM survey_invitation i JOIN survey_template t ON t.id = i.template_id
                WHERE t.occasion = 'COMPLETION' AND i.recipient_account_id = :learner""")
                .param("learner", people.learner.id()).query(Long.class).single()).isPositive());
    }

    void completeTheChecklist() {
        people.deliverOffTheJobHours(otj, hours);
        for (JsonNode item : tutor.get(base + "/gateway").json().get("items")) {
            if (!item.get("met").asBoolean() && item.get("confirmedBy").asString().equals("STAFF")) {
                assertThat(tutor.post(base + "/gateway/confirmations", "{\"item\":\"" + item.get("key").asString()
                        + "\",\"evidence\":\"Certificate seen on " + LocalDate.now(clock) + "\"}").status())
                        .isEqualTo(200);
            }
        }
        manager.post(base + "/gateway/confirmations", "{\"item\":\"employer-confirmation\"}");
        learner.post(base + "/gateway/confirmations", "{\"item\":\"apprentice-confirmation\"}");
        JsonNode checklist = tutor.get(base + "/gateway").json();
        assertThat(checklist.get("complete").asBoolean()).as(checklist.toString()).isTrue();
    }

    String booking(String method, String epao) {
        return "{\"method\":\"" + method + "\",\"epaoId\":\"" + epao + "\",\"date\":\"" + LocalDate.now(clock)
                + "\",\"time\":\"00:00\",\"place\":\"Teams\",\"adjustments\":\"Extra time\"}";
    }

    String meeting(String decision) {
        return "{\"heldOn\":\"" + LocalDate.now(clock) + "\",\"mentor\":\"" + people.tutor.displayName()
                + "\",\"employer\":\"" + people.manager.displayName() + "\",\"apprentice\":\""
                + people.learner.displayName() + "\",\"decision\":\"" + decision + "\",\"notes\":\"Ready\","
                + "\"fullName\":\"" + people.tutor.displayName() + "\"}";
    }
}
