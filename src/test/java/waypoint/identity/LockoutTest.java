package waypoint.identity;

import waypoint.support.PageClient;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.support.Api;
import waypoint.support.WaypointTest;

/**
 * Five failed sign-ins lock an account (foundation issue: "locked out for a while after repeated failed sign-ins
 * (with a clear message)"), counted the same way by the sign-in page and the API token endpoint.
 */
@WaypointTest
class LockoutTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    @Test
    void the_fifth_failed_sign_in_on_the_page_says_the_account_is_locked() {
        AccountSummary person = TestPeople.active(accounts, "pagelock", Role.TUTOR);
        for (int i = 0; i < 4; i++) {
            assertThat(PageClient.at(port).signIn(person.email(), "wrong").location()).endsWith("/sign-in?error");
        }
        PageClient browser = PageClient.at(port);
        assertThat(browser.signIn(person.email(), "wrong").location()).endsWith("/sign-in?locked");
        assertThat(browser.get("/sign-in?locked").text()).contains("Your account is locked after 5 failed sign-in attempts")
                .contains("Try again in 15 minutes, or ask an administrator to unlock it");
    }

    @Test
    void a_locked_account_is_refused_even_with_the_right_password() {
        AccountSummary person = TestPeople.active(accounts, "rightpass", Role.TUTOR);
        for (int i = 0; i < 5; i++) {
            PageClient.at(port).signIn(person.email(), "wrong");
        }
        assertThat(PageClient.at(port).signIn(person.email(), TestPeople.PASSWORD).location())
                .endsWith("/sign-in?locked");
    }

    @Test
    void the_api_token_endpoint_counts_failures_and_answers_account_locked() {
        AccountSummary person = TestPeople.active(accounts, "apilock", Role.TUTOR);
        for (int i = 0; i < 5; i++) {
            Api.Response failed = Api.at(port).post("/api/v1/auth/token", credentials(person.email(), "wrong"));
            assertThat(failed.status()).isEqualTo(401);
            assertThat(failed.json().get("title").asString()).isEqualTo("Sign-in failed");
        }
        Api.Response locked = Api.at(port).post("/api/v1/auth/token", credentials(person.email(), TestPeople.PASSWORD));
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.json().get("title").asString()).isEqualTo("Account locked");
        assertThat(locked.json().get("detail").asString()).contains("ask an administrator to unlock it");
    }

    @Test
    void failures_on_the_page_and_the_api_add_up_to_one_lock() {
        AccountSummary person = TestPeople.active(accounts, "mixedlock", Role.TUTOR);
        for (int i = 0; i < 3; i++) {
            Api.at(port).post("/api/v1/auth/token", credentials(person.email(), "wrong"));
        }
        PageClient.at(port).signIn(person.email(), "wrong");
        assertThat(PageClient.at(port).signIn(person.email(), "wrong").location()).endsWith("/sign-in?locked");
        assertThat(Api.at(port).post("/api/v1/auth/token", credentials(person.email(), TestPeople.PASSWORD))
                .json().get("title").asString()).isEqualTo("Account locked");
    }

    @Test
    void a_successful_sign_in_clears_earlier_failures() {
        AccountSummary person = TestPeople.active(accounts, "recovered", Role.TUTOR);
        for (int i = 0; i < 4; i++) {
            PageClient.at(port).signIn(person.email(), "wrong");
        }
        PageClient.at(port).signIn(person.email(), TestPeople.PASSWORD);
        assertThat(PageClient.at(port).signIn(person.email(), "wrong").location()).endsWith("/sign-in?error");
    }

    private static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }
}
