package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Epaos;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * An appeal to the EPAO goes through the feedback module: recording it raises an assessment appeal case naming the
 * EPAO, the method and the grade; the case's outcome comes back to the EPA record; only an upheld appeal lets staff
 * record the EPAO's revised grade.
 */
@WaypointTest
class EpaAppealThroughFeedbackTest {

    @Autowired
    TestClock clock;

    static final String OBSERVATION = EpaApiTest.OBSERVATION;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    EpaImport epa;
    @Autowired
    Epaos epaos;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    waypoint.enrolment.Apprenticeships apprenticeshipsRead;

    EpaPeople people;
    Api tutor;
    Api learner;
    Api manager;
    Api otherTutor;
    String base;
    Epaos.Epao epao;
    LocalDate assessedOn;

    @BeforeEach
    void givenAnApprenticeInTheAssessmentWithOneMethodGraded() {
        people = new EpaPeople(accounts, organisation, apprenticeships);
        tutor = Api.at(port).signedInAs(people.tutor.email(), EpaPeople.PASSWORD);
        learner = Api.at(port).signedInAs(people.learner.email(), EpaPeople.PASSWORD);
        manager = Api.at(port).signedInAs(people.manager.email(), EpaPeople.PASSWORD);
        otherTutor = Api.at(port).signedInAs(people.otherTutor.email(), EpaPeople.PASSWORD);
        base = "/api/v1/apprenticeships/" + people.apprenticeship;
        epao = epaos.all().get(0);
        assessedOn = LocalDate.now(clock).minusDays(3);
        people.passGatewayByImport(epa, LocalDate.now(clock).minusDays(90));
        epa.booking(new ApprenticeshipId(people.apprenticeship), OBSERVATION, epao.id(),
                clock.instant().minus(Duration.ofDays(3)), "Leeds",
                "Sam Assessor", null);
        epa.result(new ApprenticeshipId(people.apprenticeship), OBSERVATION, "Pass", assessedOn);
    }

    String appeal(String method, LocalDate lodgedOn, String reason) {
        return "{\"method\":\"" + method + "\",\"lodgedOn\":\"" + lodgedOn + "\",\"reason\":\"" + reason + "\"}";
    }

    JsonNode appealed() {
        Api.Response answer = tutor.post(base + "/epa/appeals", appeal(OBSERVATION, LocalDate.now(clock),
                "Two of the five questions were not asked"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("appeals").get(0);
    }

    void close(String feedbackId, String outcome) {
        Api.Response closed = tutor.post("/api/v1/feedback/" + feedbackId + "/actions/close",
                "{\"outcome\":\"" + outcome + "\",\"text\":\"The EPAO decided\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    }

    JsonNode appealAfterwards() {
        return tutor.get(base + "/epa").json().get("appeals").get(0);
    }

    @Test
    void recording_an_appeal_raises_an_assessment_appeal_in_feedback_naming_the_epao_the_method_and_the_grade() {
        JsonNode appeal = appealed();
        assertThat(appeal.get("epao").asString()).isEqualTo(epao.name());
        assertThat(appeal.get("appealedGrade").asString()).isEqualTo("Pass");
        assertThat(appeal.path("outcome").isMissingNode()).as("no outcome yet").isTrue();
        assertThat(appeal.get("feedbackReference").asString()).startsWith("FB-");

        JsonNode feedback = tutor.get("/api/v1/feedback/" + appeal.get("feedbackId").asString()).json();
        assertThat(feedback.get("kind").asString()).isEqualTo("APPEAL");
        assertThat(feedback.get("appealRoute").asString()).isEqualTo("EPAO");
        assertThat(feedback.get("category").asString()).isEqualTo("ASSESSMENT");
        assertThat(feedback.path("learnerId").isMissingNode()).isFalse();
        assertThat(feedback.get("appealBy").asString()).isEqualTo(calendar.addWorkingDays(assessedOn, 20).toString());
        assertThat(feedback.path("respondBy").isMissingNode()).as("its deadlines are the feedback module's").isFalse();
        JsonNode about = feedback.get("endPointAssessment");
        assertThat(about.get("apprenticeshipId").asString()).isEqualTo(people.apprenticeship.toString());
        assertThat(about.get("epaoName").asString()).isEqualTo(epao.name());
        assertThat(about.get("method").asString()).isEqualTo(OBSERVATION);
        assertThat(about.get("grade").asString()).isEqualTo("Pass");
        // the case is confidential: its handlers and the apprentice see it, another tutor does not
        assertThat(learner.get("/api/v1/feedback/" + appeal.get("feedbackId").asString()).status()).isEqualTo(200);
        assertThat(otherTutor.get("/api/v1/feedback/" + appeal.get("feedbackId").asString()).status())
                .isEqualTo(404);
    }

    @Test
    void only_staff_who_manage_the_apprenticeship_record_an_appeal() {
        String body = appeal(OBSERVATION, LocalDate.now(clock), "Grounds");
        assertThat(learner.post(base + "/epa/appeals", body).status()).isEqualTo(403);
        assertThat(manager.post(base + "/epa/appeals", body).status()).isEqualTo(403);
        assertThat(otherTutor.post(base + "/epa/appeals", body).status()).isEqualTo(404);
        assertThat(tutor.get(base + "/epa").json().get("appeals")).isEmpty();
    }

    @Test
    void a_second_appeal_while_one_waits_for_the_epao_is_refused_and_bad_input_names_its_fields() {
        appealed();
        Api.Response again = tutor.post(base + "/epa/appeals", appeal(OBSERVATION, LocalDate.now(clock), "Again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("waiting for the EPAO's decision");
        Api.Response bad = tutor.post(base + "/epa/appeals", "{\"method\":\"Interview\",\"lodgedOn\":\"32/1/2026\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("method", "lodgedOn", "reason");
    }

    @Test
    void an_appeal_after_the_window_of_the_epa_settings_is_refused_saying_by_when() {
        Instant sitting = clock.instant().minus(Duration.ofDays(60));
        epa.booking(new ApprenticeshipId(people.apprenticeship), EpaApiTest.DISCUSSION, epao.id(), sitting, "Leeds",
                "Sam Assessor", null);
        // the result is dated on the sitting's day in London (late in the evening UTC it is already the next day)
        epa.result(new ApprenticeshipId(people.apprenticeship), EpaApiTest.DISCUSSION, "Pass",
                LocalDate.ofInstant(sitting, java.time.ZoneId.of("Europe/London")));
        Api.Response refused = tutor.post(base + "/epa/appeals", appeal(EpaApiTest.DISCUSSION, LocalDate.now(clock),
                "Late"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("lodgedOn", "within 20 working days of the assessment");
    }

    @Test
    void a_result_without_a_booked_sitting_of_its_method_is_refused_whatever_the_route() {
        assertThatThrownBy(() -> epa.result(new ApprenticeshipId(people.apprenticeship), EpaApiTest.DISCUSSION, "Pass",
                assessedOn))
                .hasMessageContaining("has no booked sitting");
        Api.Response refused = tutor.post(base + "/epa/results", "{\"method\":\"" + EpaApiTest.DISCUSSION
                + "\",\"grade\":\"Pass\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("book it with the EPAO");
    }

    @Test
    void importing_the_same_result_again_adds_nothing() {
        epa.result(new ApprenticeshipId(people.apprenticeship), OBSERVATION, "Pass", assessedOn);
        assertThat(tutor.get(base + "/epa").json().get("methods").get(0).get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void an_upheld_appeal_comes_back_from_feedback_and_lets_staff_record_the_epaos_revised_grade_once() {
        JsonNode appeal = appealed();
        String revise = base + "/epa/appeals/" + appeal.get("id").asString() + "/revised-grade";
        Api.Response early = tutor.post(revise, "{\"grade\":\"Distinction\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("waiting for the EPAO's decision");

        close(appeal.get("feedbackId").asString(), "UPHELD");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(appealAfterwards().path("outcome").asString("")).isEqualTo("UPHELD"));
        assertThat(appealAfterwards().get("decidedOn").asString()).isEqualTo(LocalDate.now(clock).toString());

        assertThat(learner.post(revise, "{\"grade\":\"Distinction\"}").status()).isEqualTo(403);
        assertThat(otherTutor.post(revise, "{\"grade\":\"Distinction\"}").status()).isEqualTo(404);
        Api.Response merit = tutor.post(revise, "{\"grade\":\"Merit\"}");
        assertThat(merit.status()).isEqualTo(400);
        assertThat(merit.body()).contains("grade", "can give only: Fail, Pass, Distinction");

        JsonNode after = tutor.post(revise, "{\"grade\":\"distinction\"}").json();
        JsonNode observation = after.get("methods").get(0);
        assertThat(observation.get("grade").asString()).isEqualTo("Distinction");
        assertThat(observation.get("attempts").asInt()).as("a revision is not another attempt").isEqualTo(1);
        assertThat(after.get("appeals").get(0).get("revisedGrade").asString()).isEqualTo("Distinction");
        assertThat(tutor.post(revise, "{\"grade\":\"Pass\"}").status()).isEqualTo(409);
    }

    @Test
    void an_appeal_not_upheld_leaves_the_grade_as_it_was() {
        JsonNode appeal = appealed();
        close(appeal.get("feedbackId").asString(), "NOT_UPHELD");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(appealAfterwards().path("outcome").asString("")).isEqualTo("NOT_UPHELD"));
        Api.Response refused = tutor.post(base + "/epa/appeals/" + appeal.get("id").asString() + "/revised-grade",
                "{\"grade\":\"Distinction\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("not upheld");
        assertThat(tutor.get(base + "/epa").json().get("methods").get(0).get("grade").asString()).isEqualTo("Pass");
    }

    @Test
    void the_gateway_page_links_the_appeal_to_its_feedback_case_and_the_case_links_back() {
        PageClient page = PageClient.signedInAs(port, people.tutor.email(), EpaPeople.PASSWORD);
        String gateway = "/apprenticeships/" + people.apprenticeship + "/gateway";
        assertThat(page.get(gateway).body()).contains("Record an appeal to the EPAO");
        PageClient.Page invalid = page.post("/apprenticeships/" + people.apprenticeship + "/epa/appeal",
                Map.of("appeal-method", OBSERVATION, "appeal-lodgedOn", "not a date", "appeal-reason", ""));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("There is a problem", "Enter the grounds of the appeal",
                "not a date");
        PageClient.Page recorded = page.post("/apprenticeships/" + people.apprenticeship + "/epa/appeal",
                Map.of("appeal-method", OBSERVATION, "appeal-lodgedOn", LocalDate.now(clock).toString(),
                        "appeal-reason", "The assessor stopped early"));
        assertThat(recorded.status()).isEqualTo(302);
        String feedbackId = tutor.get(base + "/epa").json().get("appeals").get(0).get("feedbackId").asString();
        assertThat(page.get(gateway).body()).contains("Appeals to the EPAO", "/feedback/" + feedbackId,
                "Waiting for the EPAO", "The assessor stopped early");
        assertThat(page.get("/feedback/" + feedbackId).body()).contains("End-point assessment",
                OBSERVATION + ", graded Pass by ", gateway);
        assertThat(PageClient.signedInAs(port, people.learner.email(), EpaPeople.PASSWORD).get(gateway).body())
                .doesNotContain("Record an appeal to the EPAO");
    }

    List<String> subjectsTo(String email) {
        return jdbc.sql("SELECT subject FROM email_message WHERE recipient = :to ORDER BY created_at")
                .param("to", email).query(String.class).list();
    }

    String bodyTo(String email, String subjectStart) {
        return jdbc.sql("SELECT body FROM email_message WHERE recipient = :to AND subject LIKE :subject")
                .param("to", email).param("subject", subjectStart + "%").query(String.class).list().stream()
                .findFirst().orElse("");
    }

    @Test
    void an_appeal_the_employer_lodged_is_recorded_as_theirs_and_its_decision_is_emailed_to_them_and_the_apprentice() {
        Api.Response answer = tutor.post(base + "/epa/appeals", "{\"method\":\"" + OBSERVATION + "\",\"lodgedOn\":\""
                + LocalDate.now(clock) + "\",\"reason\":\"The assessor stopped early\",\"appellant\":\"EMPLOYER\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode appeal = answer.json().get("appeals").get(0);
        assertThat(appeal.get("lodgedBy").asString()).isEqualTo("EMPLOYER");
        assertThat(appeal.get("lodgedByName").asString()).isEqualTo(people.manager.displayName());
        String feedbackId = appeal.get("feedbackId").asString();
        JsonNode feedback = tutor.get("/api/v1/feedback/" + feedbackId).json();
        assertThat(feedback.get("complainantType").asString()).isEqualTo("EMPLOYER");
        assertThat(feedback.get("complainantName").asString()).isEqualTo(people.manager.displayName());

        close(feedbackId, "UPHELD");

        String reference = appeal.get("feedbackReference").asString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(subjectsTo(people.manager.email()))
                    .contains("The decision on your appeal (" + reference + ")");
            assertThat(subjectsTo(people.learner.email()))
                    .contains("The decision on the appeal about your assessment (" + reference + ")")
                    .doesNotContain("The decision on your appeal (" + reference + ")");
        });
        assertThat(bodyTo(people.manager.email(), "The decision on your appeal"))
                .startsWith("Dear " + people.manager.displayName()).contains("Decision: upheld.");
        assertThat(bodyTo(people.learner.email(), "The decision on the appeal about your assessment"))
                .startsWith("Dear ").contains("Your employer, " + people.manager.displayName()
                        + ", appealed on your behalf", "Decision: upheld.");
    }

    @Test
    void an_appeal_the_apprentice_lodged_sends_its_decision_to_the_apprentice_alone() {
        JsonNode appeal = appealed();
        assertThat(appeal.get("lodgedBy").asString()).isEqualTo("APPRENTICE");

        close(appeal.get("feedbackId").asString(), "NOT_UPHELD");

        String reference = appeal.get("feedbackReference").asString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjectsTo(people.learner.email()))
                .contains("The decision on your appeal (" + reference + ")"));
        assertThat(subjectsTo(people.manager.email())).noneMatch(subject -> subject.contains(reference));
    }

    @Test
    void the_page_asks_who_is_appealing_and_shows_the_employer_who_did() {
        PageClient page = PageClient.signedInAs(port, people.tutor.email(), EpaPeople.PASSWORD);
        String gateway = "/apprenticeships/" + people.apprenticeship + "/gateway";
        assertThat(page.get(gateway).body()).contains("Who is appealing",
                "The employer (" + people.manager.displayName() + ")");
        PageClient.Page wrong = page.post("/apprenticeships/" + people.apprenticeship + "/epa/appeal",
                Map.of("appeal-method", OBSERVATION, "appeal-lodgedOn", LocalDate.now(clock).toString(),
                        "appeal-reason", "The assessor stopped early", "appeal-appellant", "NEIGHBOUR"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("There is a problem", "Select who is appealing");

        PageClient.Page recorded = page.post("/apprenticeships/" + people.apprenticeship + "/epa/appeal",
                Map.of("appeal-method", OBSERVATION, "appeal-lodgedOn", LocalDate.now(clock).toString(),
                        "appeal-reason", "The assessor stopped early", "appeal-appellant", "EMPLOYER"));

        assertThat(recorded.status()).isEqualTo(302);
        assertThat(page.get(gateway).body()).contains("Appealed by",
                "The employer (" + people.manager.displayName() + ")");
    }

    @Test
    void an_employer_lodging_an_appeal_on_their_own_pages_is_sent_the_decision_and_so_is_the_apprentice() {
        LearnerId learnerId = apprenticeshipsRead.find(new ApprenticeshipId(people.apprenticeship)).orElseThrow()
                .learnerId();
        Api.Response raised = manager.post("/api/v1/feedback", """
                {"kind": "APPEAL", "summary": "Observation grade", "details": "The assessor stopped early.",
                 "appealRoute": "EPAO", "assessmentDate": "%s", "learnerId": "%s"}"""
                .formatted(assessedOn, learnerId));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("id").asString();
        String reference = raised.json().get("reference").asString();

        // the case went to the quality lead, who handles appeals
        Api quality = Api.at(port).signedInAs(waypoint.demo.DemoAccounts.QUALITY.email(),
                waypoint.demo.DemoAccounts.PASSWORD);
        Api.Response closed = quality.post("/api/v1/feedback/" + id + "/actions/close",
                "{\"outcome\":\"PARTLY_UPHELD\",\"text\":\"The EPAO decided\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(subjectsTo(people.manager.email()))
                    .contains("The decision on your appeal (" + reference + ")");
            assertThat(subjectsTo(people.learner.email()))
                    .contains("The decision on the appeal about your assessment (" + reference + ")");
        });
    }
}
