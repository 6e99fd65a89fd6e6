package waypoint.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

@WaypointTest
class ApiTokenApiTest {

    @LocalServerPort
    int port;

    @Test
    void a_correct_email_and_password_get_a_token_with_its_expiry() {
        Api.Response response = Api.at(port).post("/api/v1/auth/token",
                "{\"email\":\"quality@waypoint.test\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("token").asString()).startsWith("wp_");
        assertThat(response.json().get("expiresAt").asString()).isNotBlank();
    }

    @Test
    void a_wrong_password_is_a_401_problem() {
        Api.Response response = Api.at(port).post("/api/v1/auth/token",
                "{\"email\":\"director@waypoint.test\",\"password\":\"wrong\"}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_missing_password_is_a_field_error() {
        Api.Response response = Api.at(port).post("/api/v1/auth/token", "{\"email\":\"director@waypoint.test\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void an_api_call_without_a_token_is_a_401_problem() {
        Api.Response response = Api.at(port).get("/api/v1/calendar/working-days?from=2026-01-01&add=1");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        Api.Response response = Api.at(port).post("/api/v1/auth/token", "{not json");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem() {
        Api.Response response = Api.at(port).post("/api/v1/auth/token", "{\"email\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
