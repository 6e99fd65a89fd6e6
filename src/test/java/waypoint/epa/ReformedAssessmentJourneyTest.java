package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static waypoint.epa.ReformedStandards.DISCUSSION;
import static waypoint.epa.ReformedStandards.KNOWLEDGE_TEST;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import waypoint.catalogue.Standards;
import waypoint.catalogue.internal.ReformedPlanEditor;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.ApprenticeshipTransitions;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Epaos;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.time.GovUkDates;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * An apprenticeship on a reformed assessment plan (docs/domain/assessment-reform.md), through the API and the page:
 * an on-programme component marked by the provider, failed and resat before the gateway to completion; the
 * assessment organisation's component after it; the overall grade from both through the grading table; the
 * completion, which the reports read. And each refusal, whatever the route.
 */
@WaypointTest
class ReformedAssessmentJourneyTest {

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
    ApprenticeshipTransitions transitions;
    @Autowired
    EpaImport epa;
    @Autowired
    Epaos epaos;
    @Autowired
    StandardImporter importer;
    @Autowired
    StandardEditor editor;
    @Autowired
    StandardQueries queries;
    @Autowired
    ReformedPlanEditor reform;
    @Autowired
    Standards standards;
    @Autowired
    JdbcClient jdbc;

    EpaPeople people;
    Api tutor;
    String base;
    LocalDate today;

    @BeforeEach
    void givenAnApprenticeOnAReformedPlanNearTheEndOfTheirProgramme() {
        today = clock.today();
        String reference = ReformedStandards.create(importer, editor, queries, reform, standards, true);
        people = new EpaPeople(accounts, organisation, apprenticeships, 500, reference);
        tutor = Api.at(port).signedInAs(people.tutor.email(), EpaPeople.PASSWORD);
        base = "/api/v1/apprenticeships/" + people.apprenticeship;
    }

    static String attempt(String component, String grade, LocalDate on, String marker) {
        return "{\"component\":\"" + component + "\",\"grade\":\"" + grade + "\",\"assessedOn\":\"" + on + "\""
                + (marker == null ? "" : ",\"marker\":\"" + marker + "\"") + "}";
    }

    Api.Response record(String component, String grade, LocalDate on, String marker) {
        return tutor.post(base + "/epa/components/attempts", attempt(component, grade, on, marker));
    }

    JsonNode components() {
        return tutor.get(base + "/epa/components").json();
    }

    JsonNode component(String name) {
        for (JsonNode c : components().get("components")) {
            if (c.get("component").asString().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("No component " + name);
    }

    void passTheGatewayToCompletion(LocalDate on) {
        people.passGatewayByImport(epa, on);
        transitions.systemMove(new ApprenticeshipId(people.apprenticeship), ApprenticeshipTransitions.Step.GATEWAY,
                on, "Gateway meeting");
    }

    Api.Response book(String component, LocalDate on) {
        return tutor.post(base + "/epa/bookings", "{\"method\":\"" + component + "\",\"epaoId\":\""
                + epaos.all().get(0).id() + "\",\"date\":\"" + on + "\",\"time\":\"09:00\",\"place\":\"Teams\"}");
    }

    @Test
    void the_apprentice_resits_the_provider_s_component_on_programme_passes_the_organisation_s_after_the_gateway_and_completes() {
        // during the programme, the provider's marker fails then passes the knowledge test: a resit within the two allowed
        Api.Response failed = record(KNOWLEDGE_TEST, "Fail", today.minusDays(60), "Pat Marker");
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        assertThat(component(KNOWLEDGE_TEST).get("state").asString()).isEqualTo("RESIT");
        assertThat(record(KNOWLEDGE_TEST, "Pass", today.minusDays(40), "Pat Marker").status()).isEqualTo(200);
        JsonNode knowledge = component(KNOWLEDGE_TEST);
        assertThat(knowledge.get("state").asString()).isEqualTo("PASSED");
        assertThat(knowledge.get("finalGrade").asString()).isEqualTo("Pass");
        assertThat(knowledge.get("attempts")).hasSize(2);
        assertThat(knowledge.get("attempts").get(1).get("marker").asString()).isEqualTo("Pat Marker");
        assertThat(knowledge.get("attempts").get(1).get("markedBy").asString()).isEqualTo("PROVIDER");
        JsonNode before = components();
        assertThat(before.get("stage").asString()).as("still before the gateway").isEqualTo("PREPARING");
        assertThat(before.get("overallGrade").isNull()).isTrue();
        assertThat(before.get("stillWithoutAFinalGrade").get(0).asString()).isEqualTo(DISCUSSION);

        // the page says so in the reform's words
        String page = PageClient.signedInAs(port, people.tutor.email(), EpaPeople.PASSWORD)
                .get("/apprenticeships/" + people.apprenticeship + "/gateway").body();
        assertThat(page).contains("Apprenticeship assessment", "Gateway to completion", KNOWLEDGE_TEST,
                "Pat Marker", "During the programme");

        // after the gateway to completion, the assessment organisation's discussion is booked, then graded
        passTheGatewayToCompletion(today.minusDays(20));
        assertThat(book(DISCUSSION, today.minusDays(10)).status()).isEqualTo(200);
        Api.Response graded = tutor.post(base + "/epa/results", "{\"method\":\"" + DISCUSSION
                + "\",\"grade\":\"Distinction\",\"assessedOn\":\"" + today.minusDays(10) + "\"}");
        assertThat(graded.status()).as(graded.body()).isEqualTo(200);
        JsonNode after = components();
        assertThat(after.get("overallGrade").asString()).as("a pass and a distinction").isEqualTo("Distinction");
        assertThat(after.get("stage").asString()).isEqualTo("PASSED");

        // then the completion follows as for the end-point assessment
        Api.Response completed = tutor.post(base + "/epa/completion", "{\"actualEndDate\":\"" + today.minusDays(8)
                + "\",\"achievementDate\":\"" + today.minusDays(5) + "\"}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        JsonNode record = tutor.get(base + "/epa").json();
        assertThat(record.get("stage").asString()).isEqualTo("COMPLETED");
        assertThat(record.get("status").asString()).isEqualTo("COMPLETED");

        // the reports read the overall result: the ILR's outcome and achievement date, the EPA results report
        assertThat(jdbc.sql("SELECT overall_grade FROM epa.completion WHERE apprenticeship_id = :id")
                .param("id", people.apprenticeship).query(String.class).single()).isEqualTo("Distinction");
        JsonNode report = tutor.get("/api/v1/epa/results").json();
        assertThat(report.toString()).contains("\"grade\":\"Distinction\",\"count\":1");

        // the funding audit's evidence pack lists each attempt with its date, grade and who marked it
        String organisation = epaos.all().get(0).name();
        java.util.List<String> lines = new java.util.ArrayList<>();
        Api quality = Api.at(port).signedInAs(waypoint.demo.DemoAccounts.QUALITY.email(), EpaPeople.PASSWORD);
        for (JsonNode section : quality.get(base + "/evidence-pack/index").json().get("sections")) {
            if (section.get("title").asString().equals("End-point assessment results")) {
                section.get("lines").forEach(line -> lines.add(line.get("text").asString()));
            }
        }
        assertThat(lines).contains(
                KNOWLEDGE_TEST + ": fail (attempt 1), assessed " + day(today.minusDays(60))
                        + ", marked by the training provider (Pat Marker)",
                KNOWLEDGE_TEST + ": pass (attempt 2), assessed " + day(today.minusDays(40))
                        + ", marked by the training provider (Pat Marker)",
                DISCUSSION + ": distinction (attempt 1), assessed " + day(today.minusDays(10))
                        + ", marked by the assessment organisation (" + organisation + ")",
                "Overall grade: distinction");
        // the tutor does not open the pack
        assertThat(tutor.get(base + "/evidence-pack/index").status()).isEqualTo(403);
    }

    static String day(LocalDate date) {
        return GovUkDates.date(date);
    }

    @Test
    void a_component_after_the_gateway_to_completion_is_refused_before_it_whatever_the_route() {
        Api.Response early = record(DISCUSSION, "Pass", today.minusDays(5), null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("after the gateway to completion");
        assertThat(book(DISCUSSION, today.plusDays(5)).status()).isEqualTo(409);
        assertThatThrownBy(() -> epa.componentAttempt(new ApprenticeshipId(people.apprenticeship), DISCUSSION, "Pass",
                today, null))
                .hasMessageContaining("after the gateway to completion");
        PageClient pages = PageClient.signedInAs(port, people.tutor.email(), EpaPeople.PASSWORD);
        PageClient.Page form = pages.get("/apprenticeships/" + people.apprenticeship + "/gateway");
        String page = pages.post("/apprenticeships/" + people.apprenticeship + "/epa/component", form,
                java.util.Map.of("component-component", DISCUSSION, "component-grade", "Pass",
                        "component-assessedOn", today.toString())).body();
        assertThat(page).contains("There is a problem", "after the gateway to completion");
    }

    @Test
    void no_attempt_beyond_those_the_plan_allows_and_a_fail_with_none_left_is_final() {
        assertThat(record(KNOWLEDGE_TEST, "Fail", today.minusDays(30), "Pat Marker").status()).isEqualTo(200);
        assertThat(record(KNOWLEDGE_TEST, "Fail", today.minusDays(20), "Pat Marker").status()).isEqualTo(200);
        Api.Response third = record(KNOWLEDGE_TEST, "Pass", today.minusDays(10), "Pat Marker");
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.json().get("detail").asString()).contains("allows no more attempts");
        JsonNode knowledge = component(KNOWLEDGE_TEST);
        assertThat(knowledge.get("state").asString()).isEqualTo("FAILED");
        assertThat(knowledge.get("finalGrade").asString()).isEqualTo("Fail");
        assertThat(components().get("overallGrade").isNull()).as("the discussion has no grade yet").isTrue();
    }

    @Test
    void no_overall_grade_and_no_completion_while_a_component_has_no_final_grade() {
        assertThat(record(KNOWLEDGE_TEST, "Pass", today.minusDays(30), "Pat Marker").status()).isEqualTo(200);
        passTheGatewayToCompletion(today.minusDays(20));
        assertThat(book(DISCUSSION, today.minusDays(10)).status()).isEqualTo(200);
        JsonNode partly = components();
        assertThat(partly.get("overallGrade").isNull()).isTrue();
        assertThat(partly.get("stillWithoutAFinalGrade").get(0).asString()).isEqualTo(DISCUSSION);
        assertThat(partly.get("stage").asString()).isEqualTo("ASSESSMENT");
        Api.Response completion = tutor.post(base + "/epa/completion", "{\"actualEndDate\":\"" + today.minusDays(8)
                + "\",\"achievementDate\":\"" + today.minusDays(5) + "\"}");
        assertThat(completion.status()).isEqualTo(409);

        // once the discussion has its grade, the overall grade follows
        assertThat(tutor.post(base + "/epa/results", "{\"method\":\"" + DISCUSSION + "\",\"grade\":\"Pass\","
                + "\"assessedOn\":\"" + today.minusDays(10) + "\"}").status()).isEqualTo(200);
        assertThat(components().get("overallGrade").asString()).isEqualTo("Pass");
    }

    JsonNode onProgrammeItem() {
        for (JsonNode item : tutor.get(base + "/gateway").json().get("items")) {
            if (item.get("key").asString().equals("on-programme-components")) {
                return item;
            }
        }
        throw new AssertionError("No item for the on-programme components");
    }

    @Test
    void the_gateway_to_completion_waits_for_every_on_programme_component_s_final_grade_whatever_the_route() {
        String words = "Every assessment component taken during the programme has its final grade";
        assertThat(record(KNOWLEDGE_TEST, "Fail", today.minusDays(30), "Pat Marker").status()).isEqualTo(200);
        JsonNode item = onProgrammeItem();
        assertThat(item.get("met").asBoolean()).isFalse();
        assertThat(item.get("description").asString()).startsWith(words);
        assertThat(item.get("evidence").asString()).contains(KNOWLEDGE_TEST, "another attempt is allowed",
                "1 of 2 attempts left");

        // an import (or the demo data): every other item confirmed or waived, then the meeting is refused
        people.passGatewayByImportExceptTheMeeting(epa);
        assertThatThrownBy(() -> epa.gatewayMeeting(new ApprenticeshipId(people.apprenticeship), today.minusDays(1),
                "M", "E", "A",
                "Ready")).hasMessageContaining(words);
        // the API: neither waived nor passed by a meeting
        Api.Response waived = tutor.post(base + "/gateway/waivers", "{\"item\":\"on-programme-components\","
                + "\"reason\":\"Nearly there\"}");
        assertThat(waived.status()).as(waived.body()).isEqualTo(409);
        assertThat(waived.json().get("detail").asString()).contains("the assessment plan's rule and cannot be waived");
        Api.Response meeting = tutor.post(base + "/gateway/meeting", "{\"heldOn\":\"" + today.minusDays(1)
                + "\",\"mentor\":\"M\",\"employer\":\"E\",\"apprentice\":\"A\",\"decision\":\"READY\","
                + "\"fullName\":\"" + people.tutor.displayName() + "\"}");
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(409);
        assertThat(meeting.json().get("detail").asString()).contains(words);
        // the page: its checklist shows the item, and the meeting is refused in the error summary
        PageClient pages = PageClient.signedInAs(port, people.tutor.email(), EpaPeople.PASSWORD);
        PageClient.Page form = pages.get("/apprenticeships/" + people.apprenticeship + "/gateway");
        assertThat(form.text()).contains(words);
        PageClient.Page refused = pages.post("/apprenticeships/" + people.apprenticeship + "/gateway/meeting", form,
                java.util.Map.of("meeting-heldOn", today.minusDays(1).toString(), "meeting-mentor", "M",
                        "meeting-employer", "E", "meeting-apprentice", "A", "meeting-decision", "READY",
                        "meeting-fullName", people.tutor.displayName()));
        assertThat(refused.text()).contains("There is a problem", words);
        assertThat(tutor.get(base + "/epa").json().get("stage").asString()).isEqualTo("PREPARING");

        // the resit passes: the item is met and the gateway to completion may be passed
        assertThat(record(KNOWLEDGE_TEST, "Pass", today.minusDays(10), "Pat Marker").status()).isEqualTo(200);
        assertThat(onProgrammeItem().get("met").asBoolean()).isTrue();
        assertThat(onProgrammeItem().get("evidence").asString()).contains(KNOWLEDGE_TEST + ": Pass, its final grade");
        passTheGatewayToCompletion(today.minusDays(5));
        assertThat(book(DISCUSSION, today.plusDays(5)).status()).isEqualTo(200);
    }

    @Test
    void a_provider_s_component_needs_its_marker_and_a_grade_it_gives_and_the_organisation_s_needs_its_sitting() {
        Api.Response noMarker = record(KNOWLEDGE_TEST, "Pass", today.minusDays(5), null);
        assertThat(noMarker.status()).isEqualTo(400);
        assertThat(noMarker.body()).contains("marker", "the provider's marker");
        Api.Response wrongGrade = record(KNOWLEDGE_TEST, "Merit", today.minusDays(5), "Pat Marker");
        assertThat(wrongGrade.status()).isEqualTo(400);
        assertThat(wrongGrade.body()).contains("can give only: Fail, Pass");
        Api.Response unknown = record("Portfolio", "Pass", today.minusDays(5), "Pat Marker");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(book(KNOWLEDGE_TEST, today.plusDays(3)).json().get("detail").asString())
                .contains("marked by the training provider");

        assertThat(record(KNOWLEDGE_TEST, "Pass", today.minusDays(25), "Pat Marker").status()).isEqualTo(200);
        passTheGatewayToCompletion(today.minusDays(20));
        Api.Response unbooked = record(DISCUSSION, "Pass", today.minusDays(5), null);
        assertThat(unbooked.status()).isEqualTo(409);
        assertThat(unbooked.json().get("detail").asString()).contains("no booked sitting");
    }

    @Test
    void only_staff_who_manage_the_apprenticeship_record_an_attempt_and_those_who_may_see_it_read_the_components() {
        Api learner = Api.at(port).signedInAs(people.learner.email(), EpaPeople.PASSWORD);
        Api otherTutor = Api.at(port).signedInAs(people.otherTutor.email(), EpaPeople.PASSWORD);
        assertThat(learner.get(base + "/epa/components").status()).isEqualTo(200);
        assertThat(learner.post(base + "/epa/components/attempts", attempt(KNOWLEDGE_TEST, "Pass", today,
                "Me")).status()).isEqualTo(403);
        assertThat(otherTutor.get(base + "/epa/components").status()).isEqualTo(404);
        assertThat(otherTutor.post(base + "/epa/components/attempts", attempt(KNOWLEDGE_TEST, "Pass", today,
                "Otto")).status()).isEqualTo(404);
        assertThat(components().get("components").get(0).get("attempts")).isEmpty();
    }

    @Test
    void an_apprenticeship_on_the_old_plan_keeps_its_end_point_assessment() {
        EpaPeople old = new EpaPeople(accounts, organisation, apprenticeships);
        String oldBase = "/api/v1/apprenticeships/" + old.apprenticeship;
        Api oldTutor = Api.at(port).signedInAs(old.tutor.email(), EpaPeople.PASSWORD);
        JsonNode none = oldTutor.get(oldBase + "/epa/components").json();
        assertThat(none.get("reformed").asBoolean()).isFalse();
        assertThat(none.get("components")).isEmpty();
        Api.Response refused = oldTutor.post(oldBase + "/epa/components/attempts", attempt(EpaApiTest.OBSERVATION,
                "Pass", today, "Pat"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(oldTutor.post(oldBase + "/epa/results", "{\"method\":\"" + EpaApiTest.OBSERVATION
                + "\",\"grade\":\"Pass\"}").json().get("detail").asString())
                .contains("a result comes after the gateway meeting");
        String page = PageClient.signedInAs(port, old.tutor.email(), EpaPeople.PASSWORD)
                .get("/apprenticeships/" + old.apprenticeship + "/gateway").body();
        assertThat(page).contains("End-point assessment").doesNotContain("Gateway to completion");
    }
}
