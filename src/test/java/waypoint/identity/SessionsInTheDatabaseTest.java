package waypoint.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Sessions are kept in PostgreSQL (Spring Session JDBC), so any node behind a load balancer serves any signed-in
 * person: a second client carrying only the cookie is signed in as the first, and signing out ends it for both.
 */
@WaypointTest
class SessionsInTheDatabaseTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_signed_in_session_is_a_row_in_the_database_that_another_node_reads_and_signing_out_removes() {
        AccountSummary person = TestPeople.active(accounts, "session", Role.TUTOR);
        PageClient first = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        assertThat(first.get("/account").status()).isEqualTo(200);
        assertThat(sessionsOf(person.email())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :email")
                .param("email", person.email()).query(Integer.class).single())
                .as("server.servlet.session.timeout, 60 minutes").isEqualTo(3600);

        PageClient second = PageClient.carrying(port, first.sessionId().orElseThrow());
        PageClient.Page account = second.get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.text()).contains(person.email());

        assertThat(first.post("/sign-out", Map.of()).location()).endsWith("/sign-in?signed-out");
        assertThat(sessionsOf(person.email())).isZero();
        assertThat(second.get("/account").location()).endsWith("/sign-in");
    }

    @Test
    void a_cookie_naming_no_stored_session_is_not_signed_in() {
        PageClient stranger = PageClient.carrying(port, "YjNkMWM3ZTItMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw");
        assertThat(stranger.get("/account").location()).endsWith("/sign-in");
    }

    private long sessionsOf(String email) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :email").param("email", email)
                .query(Long.class).single();
    }
}
