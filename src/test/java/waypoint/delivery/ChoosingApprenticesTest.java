package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * The message and session forms let someone who sees the whole provider choose apprentices by searching, not from a
 * list of every apprentice; a tutor with a few apprentices still chooses from the list of them. Searching keeps what
 * was typed and saves nothing; an apprentice the person may not choose is refused with the form's errors. (The test
 * run lists at most three apprentices before asking for a search.)
 */
@WaypointTest
class ChoosingApprenticesTest {

    private static final String APPRENTICE_LIST = "<select class=\"govuk-select\" id=\"apprenticeshipId\"";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    TestClock clock;

    @Test
    void someone_who_sees_the_whole_provider_searches_for_the_apprentice_and_sends_the_message() {
        DeliveryPeople ours = people();
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page form = head.get("/messages/new");
        assertThat(form.body()).contains("Search by name or ULN").doesNotContain(APPRENTICE_LIST);

        PageClient.Page found = head.post("/messages", form, Map.of("find", "apprentice",
                "apprenticeSearch", ours.learner.displayName(), "subject", "Typed before searching",
                "body", "Kept while searching"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("type=\"radio\"").contains("value=\"" + ours.apprenticeship + "\"")
                .contains("value=\"Typed before searching\"").contains("Kept while searching")
                .doesNotContain("govuk-error-summary");

        PageClient.Page sent = head.post("/messages", found, Map.of("apprenticeshipId",
                ours.apprenticeship.toString(), "subject", "Found by searching", "body", "Hello"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(head.follow(sent).body()).contains("Found by searching");
    }

    @Test
    void a_search_that_matches_nobody_says_so_and_sending_without_an_apprentice_asks_for_one() {
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page form = head.get("/messages/new");
        PageClient.Page found = head.post("/messages", form, Map.of("find", "apprentice",
                "apprenticeSearch", "Nobody Called This", "subject", "", "body", ""));
        assertThat(found.body()).contains("No apprentices match ‘Nobody Called This’")
                .doesNotContain("type=\"radio\"");

        PageClient.Page refused = head.post("/messages", found, Map.of("apprenticeSearch", "Nobody Called This",
                "subject", "A subject", "body", "Words"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("href=\"#apprenticeSearch\"")
                .contains("Choose the apprentice").contains("value=\"A subject\"");
    }

    @Test
    void a_tutor_chooses_from_the_list_of_their_apprentices_and_no_one_elses() {
        DeliveryPeople ours = people();
        DeliveryPeople others = people();
        PageClient tutor = PageClient.signedInAs(port, ours.tutor.email(), DeliveryPeople.PASSWORD);
        PageClient.Page form = tutor.get("/messages/new");
        assertThat(form.body()).contains(APPRENTICE_LIST).contains(ours.learner.displayName())
                .doesNotContain("Search by name or ULN").doesNotContain(others.learner.displayName());

        PageClient.Page refused = tutor.post("/messages", form, Map.of("apprenticeshipId",
                others.apprenticeship.toString(), "subject", "Not theirs", "body", "Hello"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("href=\"#apprenticeshipId\"")
                .contains("Choose the apprentice").contains("value=\"Not theirs\"")
                .doesNotContain(others.learner.displayName());
    }

    @Test
    void a_session_is_scheduled_for_apprentices_found_one_search_at_a_time() {
        DeliveryPeople ours = people();
        UUID[] another = new UUID[1];
        var grouped = ours.another(accounts, organisation, apprenticeships, another);
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page form = head.get("/sessions/new");
        assertThat(form.body()).contains("Search by name or ULN").doesNotContain("name=\"apprenticeshipIds\"");

        PageClient.Page first = head.post("/sessions", form, List.of(Map.entry("find", "apprentices"),
                Map.entry("apprenticeSearch", ours.learner.displayName()), Map.entry("topic", "Kept topic")));
        assertThat(first.body()).contains("value=\"" + ours.apprenticeship + "\"").contains("value=\"Kept topic\"");
        PageClient.Page second = head.post("/sessions", first, List.of(Map.entry("find", "apprentices"),
                Map.entry("apprenticeshipIds", ours.apprenticeship.toString()),
                Map.entry("apprenticeSearch", grouped.displayName()), Map.entry("topic", "Kept topic")));
        assertThat(second.body()).contains("value=\"" + ours.apprenticeship + "\" checked")
                .contains("value=\"" + another[0] + "\"");

        LocalDate day = clock.today().plusDays(3);
        PageClient.Page scheduled = head.post("/sessions", second, List.of(
                Map.entry("apprenticeshipIds", ours.apprenticeship.toString()),
                Map.entry("apprenticeshipIds", another[0].toString()), Map.entry("date", day.getDayOfMonth() + "/"
                        + day.getMonthValue() + "/" + day.getYear()), Map.entry("time", "10:00"),
                Map.entry("durationMinutes", "60"), Map.entry("place", "Room 2"), Map.entry("remoteLink", ""),
                Map.entry("topic", "Found one search at a time"), Map.entry("ksbs", "")));
        assertThat(scheduled.status()).isEqualTo(302);
        assertThat(head.follow(scheduled).body()).contains(ours.learner.displayName()).contains(grouped.displayName());
    }

    @Test
    void a_tutor_cannot_schedule_a_session_for_someone_elses_apprentice() {
        DeliveryPeople ours = people();
        DeliveryPeople others = people();
        PageClient tutor = PageClient.signedInAs(port, ours.tutor.email(), DeliveryPeople.PASSWORD);
        PageClient.Page form = tutor.get("/sessions/new");
        assertThat(form.body()).contains("name=\"apprenticeshipIds\"").doesNotContain("Search by name or ULN");
        LocalDate day = clock.today().plusDays(3);
        PageClient.Page refused = tutor.post("/sessions", form, List.of(
                Map.entry("apprenticeshipIds", others.apprenticeship.toString()), Map.entry("date",
                        day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear()),
                Map.entry("time", "10:00"), Map.entry("durationMinutes", "60"), Map.entry("place", "Room 2"),
                Map.entry("remoteLink", ""), Map.entry("topic", "Not theirs"), Map.entry("ksbs", "")));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("Choose apprentices from the list")
                .contains("value=\"Not theirs\"").doesNotContain(others.learner.displayName());
    }

    @Test
    void every_role_that_may_start_a_conversation_or_schedule_a_session_can_open_its_form() {
        people();
        for (DemoAccounts account : DemoAccounts.values()) {
            PageClient client = PageClient.signedInAs(port, account);
            boolean staff = account.roles().stream().anyMatch(waypoint.identity.Role::isStaff);
            assertThat(client.get("/sessions/new").status()).as(account + " schedules").isEqualTo(staff ? 200 : 403);
            assertThat(client.get("/messages/new").status()).as(account + " writes").isEqualTo(200);
        }
    }

    private DeliveryPeople people() {
        return new DeliveryPeople(accounts, organisation, apprenticeships, 40);
    }
}
