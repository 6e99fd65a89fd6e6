package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.delivery.internal.MessageService;
import waypoint.delivery.internal.SessionPlan;
import waypoint.delivery.internal.SessionService;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * The session and message pages answer only the apprenticeship's people and staff working on it: anyone else is
 * told it is not found (never shown it); apprentices and employers cannot do the tutor's part; a form with bad input
 * shows its errors and keeps what was typed.
 */
@WaypointTest
class DeliveryPagesAccessTest {

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
    SessionService sessions;
    @Autowired
    MessageService messages;

    @Test
    void only_the_apprenticeships_people_see_its_sessions_and_threads() {
        DeliveryPeople ours = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        DeliveryPeople others = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        UUID session = sessions.schedule(ours.tutor, new SessionPlan(List.of(new ApprenticeshipId(ours.apprenticeship)),
                LocalDate.now(clock).plusDays(2), LocalTime.of(10, 0), 60, "Room 1", null, "Page access topic", List.of(),
                null));
        UUID thread = messages.start(ours.learner, new ApprenticeshipId(ours.apprenticeship), "Page access thread", "Hello", true, null);

        for (var person : new Object[][] {{ours.learner.email(), 200}, {ours.manager.email(), 200},
                {ours.tutor.email(), 200}, {others.learner.email(), 404}, {others.manager.email(), 404},
                {others.tutor.email(), 404}}) {
            PageClient client = PageClient.signedInAs(port, (String) person[0], DeliveryPeople.PASSWORD);
            for (String page : List.of("/sessions/" + session, "/messages/" + thread)) {
                PageClient.Page answer = client.get(page);
                assertThat(answer.status()).as(person[0] + " " + page).isEqualTo(person[1]);
                if ((int) person[1] == 404) {
                    assertThat(answer.body()).doesNotContain(ours.learner.displayName()).doesNotContain("Page access");
                }
            }
            boolean sees = (int) person[1] == 200;
            assertThat(client.get("/sessions").body().contains("Page access topic")).as((String) person[0]).isEqualTo(sees);
            assertThat(client.get("/messages").body().contains("Page access thread")).as((String) person[0]).isEqualTo(sees);
            assertThat(client.get("/sessions/calendar").status()).isEqualTo(200);
        }
    }

    @Test
    void apprentices_and_employers_cannot_schedule_record_or_see_the_cadence_gaps() {
        DeliveryPeople ours = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        UUID session = sessions.schedule(ours.tutor, new SessionPlan(List.of(new ApprenticeshipId(ours.apprenticeship)),
                LocalDate.now(clock).minusDays(1), LocalTime.of(10, 0), 60, "Room 1", null, "Not theirs to record",
                List.of(), null));
        for (String email : List.of(ours.learner.email(), ours.manager.email())) {
            PageClient client = PageClient.signedInAs(port, email, DeliveryPeople.PASSWORD);
            assertThat(client.get("/sessions/new").status()).isEqualTo(403);
            assertThat(client.get("/sessions/cadence-gaps").status()).isEqualTo(403);
            PageClient.Page page = client.get("/sessions/" + session);
            assertThat(page.body()).doesNotContain("Record the session").doesNotContain("Cancel the session");
            assertThat(client.post("/sessions/" + session + "/record", page, Map.of("attendance[" + ours.apprenticeship
                    + "]", "ATTENDED", "delivered", "x", "lockVersion", "0")).status()).isIn(403, 404);
            assertThat(client.post("/sessions/" + session + "/cancel", page, Map.of("reason", "x", "lockVersion", "0"))
                    .status()).isIn(403, 404);
        }
        PageClient tutor = PageClient.signedInAs(port, ours.tutor.email(), DeliveryPeople.PASSWORD);
        assertThat(tutor.get("/sessions/" + session).body()).contains("Record the session");
        assertThat(tutor.get("/sessions?filter=TO_RECORD").body()).contains("Not theirs to record");
        assertThat(tutor.get("/sessions/cadence-gaps").status()).isEqualTo(200);
        assertThat(tutor.get("/sessions/actions?filter=OVERDUE").status()).isEqualTo(200);
    }

    @Test
    void a_schedule_form_with_bad_input_shows_each_error_and_keeps_what_was_typed() {
        DeliveryPeople ours = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        PageClient tutor = PageClient.signedInAs(port, ours.tutor.email(), DeliveryPeople.PASSWORD);
        PageClient.Page form = tutor.get("/sessions/new");
        assertThat(form.body()).contains(ours.learner.displayName());
        PageClient.Page answer = tutor.post("/sessions", form, List.of(
                Map.entry("apprenticeshipIds", ours.apprenticeship.toString()), Map.entry("date", "30/2/2026"),
                Map.entry("time", "10:00"), Map.entry("durationMinutes", "60"), Map.entry("place", ""),
                Map.entry("remoteLink", ""), Map.entry("topic", "Kept topic"), Map.entry("ksbs", "K1")));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("govuk-error-summary").contains("The date must be a real date")
                .contains("Enter the place, or the link to join remotely").contains("value=\"Kept topic\"")
                .contains("value=\"30/2/2026\"");
    }
}
