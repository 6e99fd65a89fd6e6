package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.delivery.internal.SessionPlan;
import waypoint.delivery.internal.SessionRecords;
import waypoint.delivery.internal.SessionService;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.time.GovUkDates;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * An apprenticeship's sessions page and API: its sessions past and upcoming with this apprentice's attendance and
 * agreed actions (owner, due date, done or not), and its cadence ("last session N days ago; the cadence is every X
 * days"). The apprentice, their employer and staff working on it read it, linked from the apprenticeship's page; anyone
 * else is told it is not found; a group session shows only this apprentice's part.
 */
@WaypointTest
class ApprenticeshipSessionsTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    SessionService sessions;
    @Autowired
    SessionRecords records;
    @Autowired
    Clock clock;

    DeliveryPeople ours;
    DeliveryPeople others;
    UUID groupmate;
    LocalDate today;

    @BeforeEach
    void givenARecordedGroupSessionAndAnUpcomingOne() {
        today = LocalDate.now(clock);
        ours = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        others = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        UUID[] out = new UUID[1];
        ours.another(accounts, organisation, apprenticeships, out);
        groupmate = out[0];
        ApprenticeshipId ourId = new ApprenticeshipId(ours.apprenticeship);
        ApprenticeshipId mateId = new ApprenticeshipId(groupmate);
        UUID past = sessions.schedule(ours.tutor, new SessionPlan(List.of(ourId, mateId),
                today.minusDays(1), LocalTime.of(10, 0), 60, "Room 2", null, "Testing workshop", List.of(), null));
        records.record(ours.tutor, past, Map.of(ourId, "ATTENDED", mateId, "ABSENT"),
                "Unit and integration tests", List.of(
                new SessionRecords.Agreed(1, ourId, "ACTION", "Write the test plan", "LEARNER",
                        today.plusDays(7)),
                new SessionRecords.Agreed(2, mateId, "ACTION", "Catch up on the groupmate's notes", "LEARNER",
                        today.plusDays(7))), 0);
        sessions.schedule(ours.tutor, new SessionPlan(List.of(ourId), today.plusDays(6),
                LocalTime.of(14, 0), 45, null, "https://meet.example/abc", "Review of the plan", List.of(), null));
    }

    String page() {
        return "/apprenticeships/" + ours.apprenticeship + "/sessions";
    }

    @Test
    void the_apprentice_employer_and_tutor_read_sessions_attendance_actions_and_cadence() {
        for (String email : List.of(ours.learner.email(), ours.manager.email(), ours.tutor.email())) {
            PageClient client = PageClient.signedInAs(port, email, DeliveryPeople.PASSWORD);
            PageClient.Page page = client.get(page());
            assertThat(page.status()).as(email).isEqualTo(200);
            assertThat(page.body()).contains("Testing workshop").contains("Review of the plan")
                    .contains("Attended").contains("Not recorded yet").contains("Unit and integration tests")
                    .contains("Write the test plan").contains("Apprentice, due " + words(today.plusDays(7)))
                    .contains("Last session attended 1 day ago").contains("The cadence is a session at least every")
                    .contains("Within the cadence")
                    .doesNotContain("Catch up on the groupmate").doesNotContain("Absent");
            assertThat(client.get("/apprenticeships/" + ours.apprenticeship).body()).as(email)
                    .contains("href=\"" + page() + "\"")
                    .contains("href=\"/apprenticeships/" + ours.apprenticeship + "/messages\"");
        }
        PageClient tutor = PageClient.signedInAs(port, ours.tutor.email(), DeliveryPeople.PASSWORD);
        assertThat(tutor.get(page()).body()).contains("Schedule a session");
        PageClient learner = PageClient.signedInAs(port, ours.learner.email(), DeliveryPeople.PASSWORD);
        assertThat(learner.get(page()).body()).doesNotContain("Schedule a session");
    }

    @Test
    void anyone_else_is_told_the_sessions_are_not_found() {
        for (String email : List.of(others.learner.email(), others.manager.email(), others.tutor.email())) {
            PageClient.Page page = PageClient.signedInAs(port, email, DeliveryPeople.PASSWORD).get(page());
            assertThat(page.status()).as(email).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Testing workshop").doesNotContain(ours.learner.displayName());
            Api.Response api = Api.at(port).signedInAs(email, DeliveryPeople.PASSWORD).get("/api/v1" + page());
            assertThat(api.status()).as(email).isEqualTo(404);
            assertThat(api.body()).doesNotContain("Testing workshop");
        }
    }

    @Test
    void an_address_that_names_no_apprenticeship_is_not_found_on_the_page_and_a_bad_request_in_the_api() {
        PageClient tutor = PageClient.signedInAs(port, ours.tutor.email(), DeliveryPeople.PASSWORD);
        assertThat(tutor.get("/apprenticeships/not-an-id/sessions").status()).isEqualTo(404);
        assertThat(tutor.get("/apprenticeships/not-an-id/messages").status()).isEqualTo(404);
        Api.Response api = Api.at(port).signedInAs(ours.tutor.email(), DeliveryPeople.PASSWORD)
                .get("/api/v1/apprenticeships/not-an-id/sessions");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("id");
        assertThat(Api.at(port).signedInAs(ours.tutor.email(), DeliveryPeople.PASSWORD)
                .get("/api/v1/message-threads?apprenticeshipId=not-an-id").status()).isEqualTo(400);
    }

    @Test
    void the_api_pages_the_sessions_with_attendance_actions_and_the_cadence_status() {
        Api learner = Api.at(port).signedInAs(ours.learner.email(), DeliveryPeople.PASSWORD);
        Api.Response answer = learner.get("/api/v1" + page());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("total").asInt()).isEqualTo(2);
        assertThat(json.get("size").asInt()).isEqualTo(25);
        assertThat(json.get("openActions").asInt()).isEqualTo(1);
        JsonNode upcoming = json.get("items").get(0);
        assertThat(upcoming.get("topic").asString()).isEqualTo("Review of the plan");
        assertThat(upcoming.get("state").asString()).isEqualTo("SCHEDULED");
        JsonNode recorded = json.get("items").get(1);
        assertThat(recorded.get("attendance").asString()).isEqualTo("ATTENDED");
        assertThat(recorded.get("actions").size()).isEqualTo(1);
        assertThat(recorded.get("actions").get(0).get("owner").asString()).isEqualTo("LEARNER");
        assertThat(recorded.get("actions").get(0).get("status").asString()).isEqualTo("OPEN");
        JsonNode cadence = json.get("cadence");
        assertThat(cadence.get("daysWithoutSession").asInt()).isEqualTo(1);
        assertThat(cadence.get("gap").asBoolean()).isFalse();
        assertThat(cadence.get("summary").asString()).contains("1 day ago").contains("the cadence is a session");
        assertThat(learner.get("/api/v1" + page() + "?page=-1").status()).isEqualTo(400);
        assertThat(learner.get("/api/v1" + page() + "?page=1").json().get("items").size()).isZero();
    }

    @Test
    void an_apprenticeship_without_sessions_past_its_cadence_shows_the_gap() {
        DeliveryPeople late = new DeliveryPeople(accounts, organisation, apprenticeships, 120);
        PageClient tutor = PageClient.signedInAs(port, late.tutor.email(), DeliveryPeople.PASSWORD);
        PageClient.Page page = tutor.get("/apprenticeships/" + late.apprenticeship + "/sessions");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("No sessions yet").contains("Gap in sessions")
                .contains("No session attended yet: 120 days since the start");
    }

    private static String words(LocalDate date) {
        return GovUkDates.date(date);
    }
}
