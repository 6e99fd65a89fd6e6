package waypoint.enrolment.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/** Onboarding through the API, from the first task to the start, with the refusals and denials on the way. */
@WaypointTest
class OnboardingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipService apprenticeships;
    @Autowired
    JdbcClient jdbc;

    OnboardingPeople people;
    Api tutor;
    Api manager;
    Api learner;
    String base;

    @BeforeEach
    void setUp() {
        people = new OnboardingPeople(accounts, organisation, apprenticeships);
        tutor = Api.at(port).signedInAs(people.tutor.email(), OnboardingPeople.PASSWORD);
        manager = Api.at(port).signedInAs(people.manager.email(), OnboardingPeople.PASSWORD);
        learner = Api.at(port).signedInAs(people.learner.email(), OnboardingPeople.PASSWORD);
        base = "/api/v1/apprenticeships/" + people.apprenticeship;
    }

    @Test
    void staff_onboard_an_apprenticeship_through_the_api_and_start_it() throws Exception {
        // Given a new apprenticeship, its task list shows what can start
        var list = tutor.get(base + "/onboarding");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("tasks").get(4).get("state").asString()).isEqualTo("CANNOT_START_YET");

        // When staff fill in the form tasks
        complete("pre-start-meeting", """
                {"meetingDate":["12/5/2025"],"keyActivities":["Builds web pages"],"standardFit":["Software development"]}""");
        complete("eligibility", """
                {"checks":["AGE","RIGHT_TO_WORK","EMPLOYED","NOT_ALREADY"],"rightToWorkEvidence":["UK passport"]}""");
        complete("start-up-meeting", """
                {"meetingDate":["20/5/2025"],"attendees":["LEARNER","TUTOR","EMPLOYER"],"deliveryMethod":["Zoom"],
                 "studyDays":["Wednesday"],"epaMethod":["Project and interview"],"epao":["BCS"],"planDiscussed":["YES"]}""");
        complete("induction", """
                {"inductionDate":["2/6/2025"],"topics":["PROGRAMME","E_PORTFOLIO","EQUALITY","SAFEGUARDING",
                 "HEALTH_AND_SAFETY","DATA_PROTECTION","COMPLAINTS","OFF_THE_JOB"]}""");
        for (String subject : List.of("ENGLISH", "MATHS")) {
            for (String kind : List.of("INITIAL", "DIAGNOSTIC")) {
                assertThat(tutor.post(base + "/onboarding/initial-assessment/results", """
                        {"subject":"%s","kind":"%s","result":"Level 2","assessedOn":"2025-05-20"}"""
                        .formatted(subject, kind)).status()).isEqualTo(201);
            }
        }
        complete("initial-assessment", """
                {"priorQualifications":["GCSEs"],"employerDecision":["REMOVE"]}""");
        var assessment = tutor.get(base + "/onboarding/initial-assessment/english-and-maths").json();
        assertThat(assessment.get("functionalSkillsRequired").asBoolean()).isFalse();

        // And the learner and the employer each rate the skills scan, differing on some KSBs
        var scan = tutor.get(base + "/onboarding/skills-scan").json().get("ratings");
        StringBuilder mine = new StringBuilder("{\"ratings\":{");
        StringBuilder theirs = new StringBuilder("{\"ratings\":{");
        for (int i = 0; i < scan.size(); i++) {
            String code = scan.get(i).get("ksb").asString();
            mine.append(i == 0 ? "" : ",").append('"').append(code).append("\":2");
            theirs.append(i == 0 ? "" : ",").append('"').append(code).append("\":").append(i == 0 ? 4 : 2);
        }
        assertThat(learner.put(base + "/onboarding/skills-scan", mine + "}}").status()).isEqualTo(200);
        var rated = manager.put(base + "/onboarding/skills-scan", theirs + "}}");
        assertThat(rated.status()).isEqualTo(200);
        assertThat(rated.json().get("differences").asInt()).isEqualTo(1);

        // And the learner applies for prior learning, which staff recognise in part
        assertThat(learner.post(base + "/onboarding/prior-learning/application",
                "{\"application\":\"Level 3 diploma in IT\"}").status()).isEqualTo(200);
        var decision = tutor.post(base + "/onboarding/prior-learning/decision",
                "{\"hoursRecognised\":\"30\",\"reason\":\"Diploma covers K1\"}");
        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.json().get("state").asString()).isEqualTo("COMPLETED");
        assertThat(decision.json().get("explanation").toString()).contains("Minimum off-the-job hours after prior"
                + " learning: 388.5 hours");

        // Then the start is refused while the plan is unsigned
        var early = tutor.post(base + "/start", "{}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("training plan");

        // When staff write the plan (never below the minimum after prior learning)
        var tooFew = tutor.put(base + "/training-plan", plan(0, "100"));
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(tooFew.body()).contains("at least 388.5");
        var first = tutor.put(base + "/training-plan", plan(0, "450"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("number").asInt()).isEqualTo(1);

        // Then the learner and the line manager are emailed a link to sign
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM email_message WHERE recipient IN (:to) AND body LIKE :link")
                .param("to", List.of(people.learner.email(), people.manager.email()))
                .param("link", "%/apprenticeships/" + people.apprenticeship + "/training-plan/sign%")
                .query(Integer.class).single()).isEqualTo(2));

        // When the plan changes after the learner read version 1, their signature on it is refused with what changed
        tutor.put(base + "/training-plan", plan(1, "460"));
        var stale = learner.post(base + "/signatures", sign(1, people.learner.displayName()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("latestVersion").asInt()).isEqualTo(2);
        assertThat(stale.json().get("changes").toString()).contains("450.0 hours").contains("460.0 hours");

        // And with the wrong name
        var wrongName = learner.post(base + "/signatures", sign(2, "Not Me"));
        assertThat(wrongName.status()).isEqualTo(400);
        assertThat(wrongName.body()).contains("fullName");

        // When all three sign version 2 and the learner signs the handbook declaration
        assertThat(learner.post(base + "/signatures", sign(2, people.learner.displayName())).status()).isEqualTo(201);
        assertThat(manager.post(base + "/signatures", sign(2, people.manager.displayName())).status()).isEqualTo(201);
        var provider = tutor.post(base + "/signatures", sign(2, people.tutor.displayName()));
        assertThat(provider.status()).isEqualTo(201);
        assertThat(provider.json().get("verification").asString()).isEqualTo("MATCHES");
        assertThat(learner.post(base + "/onboarding/declaration", sign(1, people.learner.displayName())).status())
                .isEqualTo(201);

        // Then every task is completed and staff start the apprenticeship
        var ready = tutor.get(base + "/onboarding").json();
        assertThat(ready.get("readyToStart").asBoolean()).as(ready.toString()).isTrue();
        java.time.LocalDate actualStart = OnboardingPeople.START.plusDays(7);
        assertThat(tutor.post(base + "/start", "{}").status()).as("the actual start date is confirmed")
                .isEqualTo(400);
        var unemployed = tutor.post(base + "/start", "{\"startDate\":\"" + actualStart + "\"}");
        assertThat(unemployed.status()).as("no employment status applies on the start").isEqualTo(400);
        assertThat(unemployed.body()).contains("An employment status record must apply on the start date");
        assertThat(tutor.post(base + "/employment-statuses", "{\"appliesFrom\":\"" + actualStart.minusYears(1)
                + "\",\"status\":\"IN_PAID_EMPLOYMENT\",\"lengthOfEmployment\":\"MORE_THAN_12_MONTHS\"}").status())
                .isEqualTo(200);
        var started = tutor.post(base + "/start", "{\"startDate\":\"" + actualStart + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("status").asString()).isEqualTo("IN_LEARNING");
        assertThat(started.json().get("startDate").asString()).isEqualTo(actualStart.toString());

        // And the plan's PDF shows the three signatures
        String text = pdfText(base + "/training-plan/versions/2/pdf", people.tutor.email());
        assertThat(text).contains("Training plan (Individual Learning Plan)").contains("460.0 hours")
                .contains("Signed by " + people.learner.displayName())
                .contains("Signed by " + people.manager.displayName())
                .contains("Signed by " + people.tutor.displayName())
                .contains("Verified: the signed text is unchanged");
    }

    @Test
    void another_learner_or_employer_is_told_the_apprenticeship_does_not_exist() {
        OnboardingPeople others = new OnboardingPeople(accounts, organisation, apprenticeships);
        Api otherLearner = Api.at(port).signedInAs(others.learner.email(), OnboardingPeople.PASSWORD);
        Api otherManager = Api.at(port).signedInAs(others.manager.email(), OnboardingPeople.PASSWORD);

        assertThat(otherLearner.get(base + "/onboarding").status()).isEqualTo(404);
        assertThat(otherLearner.get(base + "/training-plan").status()).isEqualTo(404);
        assertThat(otherManager.get(base + "/onboarding/skills-scan").status()).isEqualTo(404);
        assertThat(otherManager.post(base + "/signatures", sign(1, others.manager.displayName())).status())
                .isEqualTo(404);
        assertThat(otherManager.put(base + "/onboarding/skills-scan", "{\"ratings\":{\"K1\":3}}").status())
                .isEqualTo(404);
    }

    @Test
    void the_learner_and_employer_may_not_do_staff_tasks_and_staff_do_not_rate_for_them() {
        assertThat(learner.put(base + "/onboarding/eligibility", "{\"answers\":{},\"completed\":false}").status())
                .isEqualTo(403);
        assertThat(manager.put(base + "/training-plan", plan(0, "450")).status()).isEqualTo(403);
        assertThat(learner.post(base + "/start", "{}").status()).isEqualTo(403);
        assertThat(manager.post(base + "/onboarding/prior-learning/decision",
                "{\"hoursRecognised\":\"0\",\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(tutor.put(base + "/onboarding/skills-scan", "{\"ratings\":{\"K1\":3}}").status()).isEqualTo(403);
        assertThat(manager.post(base + "/onboarding/declaration", sign(1, people.manager.displayName())).status())
                .isEqualTo(403);
    }

    @Test
    void two_staff_saving_the_same_task_the_second_is_told() {
        String body = "{\"answers\":{\"keyActivities\":[\"%s\"]},\"completed\":false,\"version\":%d}";
        assertThat(tutor.put(base + "/onboarding/pre-start-meeting", body.formatted("First", 0)).status())
                .isEqualTo(200);
        assertThat(tutor.put(base + "/onboarding/pre-start-meeting", body.formatted("Second", 0)).status())
                .isEqualTo(200).as("version 0 saved, now version 1");
        var conflict = tutor.put(base + "/onboarding/pre-start-meeting", body.formatted("Third", 0));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("detail").asString()).contains("saved by someone else");
    }

    @Test
    void bad_input_is_a_field_error_never_a_server_error() {
        var wrongDate = tutor.put(base + "/onboarding/pre-start-meeting",
                "{\"answers\":{\"meetingDate\":[\"31/2/2025\"]},\"completed\":true}");
        assertThat(wrongDate.status()).isEqualTo(400);
        assertThat(wrongDate.body()).contains("meetingDate").contains("keyActivities");
        var wrongResult = tutor.post(base + "/onboarding/initial-assessment/results",
                "{\"subject\":\"Science\",\"kind\":\"x\",\"assessedOn\":\"soon\"}");
        assertThat(wrongResult.status()).isEqualTo(400);
        assertThat(wrongResult.body()).contains("subject").contains("kind").contains("result").contains("assessedOn");
        assertThat(tutor.put(base + "/onboarding/no-such-task", "{}").status()).isIn(404, 405);
    }

    private void complete(String task, String answers) {
        var saved = tutor.put(base + "/onboarding/" + task,
                "{\"answers\":" + answers + ",\"completed\":true,\"version\":0}");
        assertThat(saved.status()).as(task + ": " + saved.body()).isEqualTo(200);
    }

    private static String plan(int basedOn, String hours) {
        return """
                {"basedOnVersion":%d,"plannedOtjHours":"%s","teachingSessions":"2 to 3 a month by Zoom",
                 "studyDays":"Wednesday","milestones":[{"title":"Basics","targetDate":"2025-12-01","ksbs":["K1","S1"]}],
                 "rolesAndResponsibilities":"Everyone plays their part","supportNeeds":"None",
                 "englishAndMathsPlan":"Exempt: GCSEs verified"}""".formatted(basedOn, hours);
    }

    private static String sign(int version, String name) {
        return "{\"version\":" + version + ",\"fullName\":\"" + name + "\"}";
    }

    private String pdfText(String path, String email) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = Api.at(port).post("/api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\""
                + OnboardingPeople.PASSWORD + "\"}").json().get("token").asString();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
