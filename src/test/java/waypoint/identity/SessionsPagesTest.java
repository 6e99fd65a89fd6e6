package waypoint.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.identity.internal.SignInSettings;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Where a person is signed in: they see each browser and sign any other out; an administrator signs a person out
 * everywhere; the idle and absolute lifetimes are the provider's settings.
 */
@WaypointTest
class SessionsPagesTest {

    private static final Pattern END = Pattern.compile("action=\"(/account/sessions/[0-9a-f]+/end)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    SignInSettings settings;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_person_sees_where_they_are_signed_in_and_signs_another_browser_out() {
        AccountSummary person = TestPeople.active(accounts, "twobrowsers", Role.TUTOR);
        PageClient laptop = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        PageClient phone = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);

        PageClient.Page page = laptop.get("/account");
        assertThat(page.text()).contains("Where you are signed in", "This browser", "A program", "127.0.0.1")
                .contains("API tokens");
        Matcher other = END.matcher(page.body());
        assertThat(other.find()).as("a sign-out button for the other browser only").isTrue();
        String end = other.group(1);
        assertThat(other.find()).isFalse();

        // another person cannot end it
        PageClient stranger = PageClient.signedInAs(port, TestPeople.active(accounts, "stranger", Role.TUTOR).email(),
                TestPeople.PASSWORD);
        assertThat(stranger.post(end, stranger.get("/account"), Map.of()).status()).isEqualTo(404);
        assertThat(phone.get("/account").status()).isEqualTo(200);

        PageClient.Page ended = laptop.post(end, page, Map.of());
        assertThat(laptop.follow(ended).text()).contains("That browser has been signed out");
        assertThat(phone.get("/account").location()).endsWith("/sign-in");
        assertThat(laptop.get("/account").status()).isEqualTo(200);
    }

    @Test
    void an_administrator_signs_a_person_out_everywhere_and_nobody_else_may() {
        AccountSummary person = TestPeople.active(accounts, "everywhere", Role.LEARNER);
        PageClient one = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        PageClient two = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);

        PageClient tutor = PageClient.signedInAs(port, TestPeople.active(accounts, "notallowed", Role.TUTOR).email(),
                TestPeople.PASSWORD);
        assertThat(tutor.post("/admin/accounts/" + person.id() + "/sessions/end", tutor.get("/account"), Map.of())
                .status()).isEqualTo(403);
        assertThat(one.get("/account").status()).isEqualTo(200);

        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page view = admin.get("/admin/accounts/" + person.id());
        assertThat(view.text()).contains("In 2 browsers");
        PageClient.Page ended = admin.post("/admin/accounts/" + person.id() + "/sessions/end", view, Map.of());
        assertThat(admin.follow(ended).text()).contains("They have been signed out everywhere", "Not signed in anywhere");
        assertThat(one.get("/account").location()).endsWith("/sign-in");
        assertThat(two.get("/account").location()).endsWith("/sign-in");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = :id AND after_summary LIKE :text")
                .param("id", person.id().toString()).param("text", "signed out everywhere by %")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_administrator_sets_how_long_sessions_last_and_a_wrong_number_is_refused() {
        waypoint.identity.CurrentUser anyAdministrator = new waypoint.identity.CurrentUser(UUID.randomUUID(),
                "admin@example.test", "Admin", Set.of(Role.ADMINISTRATOR));
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        try {
            PageClient.Page page = admin.get("/admin/sign-in-settings");
            assertThat(page.text()).contains("How long people stay signed in");
            PageClient.Page wrong = admin.post("/admin/sign-in-settings/sessions", page,
                    Map.of("idleMinutes", "two", "absoluteHours", "30"));
            assertThat(wrong.text()).contains("There is a problem", "Enter a number of minutes from 5 to 480",
                    "Enter a number of hours from 1 to 24");
            PageClient.Page saved = admin.post("/admin/sign-in-settings/sessions", wrong,
                    Map.of("idleMinutes", "15", "absoluteHours", "8"));
            assertThat(saved.location()).endsWith("/admin/sign-in-settings");

            AccountSummary person = TestPeople.active(accounts, "shortsession", Role.TUTOR);
            PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD).get("/account");
            assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :email")
                    .param("email", person.email()).query(Integer.class).single()).isEqualTo(15 * 60);
        } finally {
            settings.changeLifetimes(anyAdministrator, 60, 12);
        }
    }
}
