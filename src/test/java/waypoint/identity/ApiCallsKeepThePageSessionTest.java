package waypoint.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The API is stateless: a bearer-token call that carries a browser's session cookie along must leave that session as
 * it is. It used to change the session's id, which signed out the pages' next request made with the old cookie.
 */
@WaypointTest
class ApiCallsKeepThePageSessionTest {

    @LocalServerPort
    int port;

    @Test
    void a_bearer_token_call_with_the_session_cookie_neither_changes_nor_creates_a_session() {
        // given a learner signed in to the pages
        PageClient pages = PageClient.signedInAs(port, DemoAccounts.LEARNER);
        assertThat(pages.get("/").status()).isEqualTo(200);
        String token = Api.at(port).post("/api/v1/auth/token", "{\"email\": \"" + DemoAccounts.LEARNER.email()
                + "\", \"password\": \"waypoint-demo\"}").json().get("token").asString();

        // when the same browser calls the API with a bearer token
        PageClient.Page answer = pages.get("/api/v1/notifications", "Authorization", "Bearer " + token);

        // then the call was signed in by its token (406 only because these pages ask for HTML), the session is
        // untouched and the pages still know who is signed in
        assertThat(answer.status()).isNotIn(401, 403);
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(pages.get("/").status()).isEqualTo(200);
    }
}
