package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.ApprenticeshipTransitions;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Epaos;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * Booking, grading and completing need a passed gateway whatever the route (the API, the page, an import); a
 * migrated apprenticeship shows what is missing instead of skipping it; items are waived by a named person with the
 * reason; a result belongs to a booked sitting of its method.
 */
@WaypointTest
class GatewayGuardTest {

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
    ApprenticeshipTransitions transitions;
    @Autowired
    EpaImport epa;
    @Autowired
    Epaos epaos;

    EpaPeople people;
    Api tutor;
    Api learner;
    String base;
    String epao;

    @BeforeEach
    void givenAnApprenticeshipNearItsGateway() {
        people = new EpaPeople(accounts, organisation, apprenticeships);
        tutor = Api.at(port).signedInAs(people.tutor.email(), EpaPeople.PASSWORD);
        learner = Api.at(port).signedInAs(people.learner.email(), EpaPeople.PASSWORD);
        base = "/api/v1/apprenticeships/" + people.apprenticeship;
        epao = epaos.all().get(0).id().toString();
    }

    String booking(String method, LocalDate on) {
        return "{\"method\":\"" + method + "\",\"epaoId\":\"" + epao + "\",\"date\":\"" + on
                + "\",\"time\":\"09:00\",\"place\":\"Teams\"}";
    }

    Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    @Test
    void an_apprenticeship_moved_to_the_assessment_without_a_gateway_shows_what_is_missing_and_nothing_skips_it() {
        transitions.systemMove(new ApprenticeshipId(people.apprenticeship), ApprenticeshipTransitions.Step.GATEWAY,
                LocalDate.now(clock),
                "Migrated at the gateway");
        transitions.systemMove(new ApprenticeshipId(people.apprenticeship),
                ApprenticeshipTransitions.Step.END_POINT_ASSESSMENT,
                LocalDate.now(clock), "Migrated in the assessment");

        JsonNode before = tutor.get(base + "/epa").json();
        assertThat(before.get("stage").asString()).isEqualTo("ASSESSMENT");
        assertThat(before.get("gateway").get("passed").asBoolean()).isFalse();
        assertThat(before.get("gateway").get("stillNeeded").toString())
                .contains("A gateway meeting that decided the apprentice is ready");

        Api.Response booked = tutor.post(base + "/epa/bookings", booking(OBSERVATION, LocalDate.now(clock)));
        assertThat(booked.status()).isEqualTo(409);
        assertThat(booked.json().get("detail").asString()).contains("The gateway is not passed");
        Api.Response graded = tutor.post(base + "/epa/results", "{\"method\":\"" + OBSERVATION
                + "\",\"grade\":\"Pass\"}");
        assertThat(graded.status()).isEqualTo(409);
        assertThat(graded.json().get("detail").asString()).contains("The gateway is not passed");
        assertThatThrownBy(() -> epa.booking(new ApprenticeshipId(people.apprenticeship), OBSERVATION,
                epaos.all().get(0).id(),
                clock.instant(), "Leeds", null, null)).hasMessageContaining("The gateway is not passed");
        assertThat(tutor.get(base + "/epa").json().get("bookings")).isEmpty();

        String page = PageClient.signedInAs(port, people.tutor.email(), EpaPeople.PASSWORD)
                .get("/apprenticeships/" + people.apprenticeship + "/gateway").body();
        assertThat(page).contains("The gateway is not passed yet", "A gateway meeting that decided the apprentice"
                + " is ready", "Record and sign the meeting");

        // the earlier meeting is recorded afterwards; the stage stays, and the signatures are still needed
        Api.Response meeting = tutor.post(base + "/gateway/meeting", "{\"heldOn\":\"" + LocalDate.now(clock)
                + "\",\"mentor\":\"M\",\"employer\":\"E\",\"apprentice\":\"A\",\"decision\":\"READY\",\"fullName\":\""
                + people.tutor.displayName() + "\"}");
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(200);
        JsonNode after = tutor.get(base + "/epa").json();
        assertThat(after.get("stage").asString()).isEqualTo("ASSESSMENT");
        assertThat(after.get("gateway").get("stillNeeded").toString())
                .doesNotContain("A gateway meeting that decided")
                .contains("The employer's signature on the gateway meeting record");
    }

    @Test
    void an_apprenticeship_moved_to_the_gateway_on_its_lifecycle_page_while_preparing_holds_its_ready_meeting() {
        people.passGatewayByImportExceptTheMeeting(epa);
        transitions.systemMove(new ApprenticeshipId(people.apprenticeship), ApprenticeshipTransitions.Step.GATEWAY,
                LocalDate.now(clock),
                "Moved on the lifecycle page");
        Api.Response meeting = tutor.post(base + "/gateway/meeting", "{\"heldOn\":\"" + LocalDate.now(clock)
                + "\",\"mentor\":\"M\",\"employer\":\"E\",\"apprentice\":\"A\",\"decision\":\"READY\",\"fullName\":\""
                + people.tutor.displayName() + "\"}");
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(200);
        assertThat(tutor.get(base + "/epa").json().get("stage").asString()).isEqualTo("GATEWAY");
    }

    @Test
    void staff_waive_an_item_with_the_reason_and_the_apprentice_may_not() {
        String waive = base + "/gateway/waivers";
        assertThat(learner.post(waive, "{\"item\":\"off-the-job-hours\",\"reason\":\"x\"}").status())
                .isEqualTo(403);
        Api.Response noReason = tutor.post(waive, "{\"item\":\"off-the-job-hours\",\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        Api.Response waived = tutor.post(waive, "{\"item\":\"off-the-job-hours\",\"reason\":\"Hours kept in the"
                + " previous e-portfolio, checked by hand\"}");
        assertThat(waived.status()).as(waived.body()).isEqualTo(200);
        JsonNode otj = null;
        for (JsonNode item : waived.json().get("items")) {
            if (item.get("key").asString().equals("off-the-job-hours")) {
                otj = item;
            }
        }
        assertThat(otj.get("met").asBoolean()).isTrue();
        assertThat(otj.get("waived").asBoolean()).isTrue();
        assertThat(otj.get("evidence").asString()).startsWith("Waived by " + people.tutor.displayName()
                + ": Hours kept in the previous e-portfolio");
        assertThat(tutor.post(waive, "{\"item\":\"off-the-job-hours\",\"reason\":\"again\"}").status())
                .isEqualTo(409);

        // on the page: the reason is asked for, and the item then shows who waived it
        PageClient page = PageClient.signedInAs(port, people.tutor.email(), EpaPeople.PASSWORD);
        String gateway = "/apprenticeships/" + people.apprenticeship + "/gateway";
        assertThat(page.get(gateway).body()).contains("Waive this item");
        PageClient.Page blank = page.post(gateway + "/waive", Map.of("item", "portfolio", "waive-portfolio-reason",
                ""));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("There is a problem", "is waived");
        PageClient.Page done = page.post(gateway + "/waive", Map.of("item", "portfolio", "waive-portfolio-reason",
                "Portfolio kept in the previous e-portfolio"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(page.get(gateway).body()).contains("Waived by " + people.tutor.displayName()
                + ": Portfolio kept in the previous e-portfolio");
        assertThat(PageClient.signedInAs(port, people.learner.email(), EpaPeople.PASSWORD).get(gateway).body())
                .doesNotContain("Waive this item");
    }

    @Test
    void a_second_sitting_of_a_method_not_graded_yet_is_the_same_attempt_and_a_result_comes_on_or_after_its_sitting() {
        people.passGatewayByImport(epa, LocalDate.now(clock).minusDays(30));
        epa.booking(new ApprenticeshipId(people.apprenticeship), OBSERVATION, epaos.all().get(0).id(),
                at(LocalDate.now(clock).minusDays(10)),
                "Leeds", null, null);
        epa.booking(new ApprenticeshipId(people.apprenticeship), OBSERVATION, epaos.all().get(0).id(),
                at(LocalDate.now(clock).minusDays(5)),
                "Leeds", null, "Second observed session");
        JsonNode bookings = tutor.get(base + "/epa").json().get("bookings");
        assertThat(bookings).hasSize(2);
        assertThat(bookings.get(1).get("attempt").asInt()).as("not a resit").isEqualTo(1);

        Api.Response early = tutor.post(base + "/epa/results", "{\"method\":\"" + OBSERVATION
                + "\",\"grade\":\"Pass\",\"assessedOn\":\"" + LocalDate.now(clock).minusDays(20) + "\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("assessedOn", "on or after the booked sitting");
        assertThatThrownBy(() -> epa.result(new ApprenticeshipId(people.apprenticeship), OBSERVATION, "Excellent",
                LocalDate.now(clock).minusDays(5))).hasMessageContaining("can give only");

        Api.Response graded = tutor.post(base + "/epa/results", "{\"method\":\"" + OBSERVATION
                + "\",\"grade\":\"Fail\",\"assessedOn\":\"" + LocalDate.now(clock).minusDays(5) + "\"}");
        assertThat(graded.status()).as(graded.body()).isEqualTo(200);
        epa.booking(new ApprenticeshipId(people.apprenticeship), OBSERVATION, epaos.all().get(0).id(),
                at(LocalDate.now(clock)), "Leeds", null,
                null);
        assertThat(tutor.get(base + "/epa").json().get("bookings").get(2).get("attempt").asInt())
                .as("the resit after the fail").isEqualTo(2);
    }
}
