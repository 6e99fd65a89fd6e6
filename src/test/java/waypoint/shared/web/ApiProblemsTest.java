package waypoint.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/** Whatever goes wrong, an API caller gets an RFC 9457 problem, and the description says so. */
@WaypointTest
class ApiProblemsTest {

    @LocalServerPort
    int port;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "timestamp");
    }

    private static JsonNode onlyFieldError(Api.Response response) {
        assertProblem(response, 400);
        assertThat(response.json().get("title").asString()).isEqualTo("Invalid request");
        assertThat(response.json().get("errors")).hasSize(1);
        return response.json().get("errors").get(0);
    }

    @Test
    void an_address_the_api_does_not_have_is_a_404_problem() {
        Api.Response response = admin.get("/api/v1/no-such-thing");

        assertProblem(response, 404);
        assertThat(response.json().get("detail").asString()).contains("/api-docs");
    }

    @Test
    void a_method_an_address_does_not_take_is_a_405_problem() {
        assertProblem(admin.delete("/api/v1/standards"), 405);
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem_whether_or_not_the_operation_names_what_it_consumes() {
        assertProblem(admin.send("POST", "/api/v1/message-threads", "text/plain", "hello"), 415);
        assertProblem(admin.send("POST", "/api/v1/auth/token", "text/plain", "hello"), 415);
    }

    @Test
    void a_body_that_is_not_json_at_all_is_a_malformed_request_problem() {
        Api.Response response = admin.post("/api/v1/auth/token", "{\"email\": ");

        assertProblem(response, 400);
        assertThat(response.json().get("title").asString()).isEqualTo("Malformed request");
    }

    @Test
    void a_missing_member_is_a_field_error_on_that_member() {
        JsonNode error = onlyFieldError(admin.post("/api/v1/feedback/" + UUID.randomUUID() + "/guardian-told", "{}"));

        assertThat(error.get("field").asString()).isEqualTo("told");
    }

    @Test
    void a_member_of_the_wrong_type_is_a_field_error_on_that_member() {
        JsonNode error = onlyFieldError(admin.post("/api/v1/feedback/" + UUID.randomUUID() + "/guardian-told",
                "{\"told\": \"perhaps\"}"));

        assertThat(error.get("field").asString()).isEqualTo("told");
        assertThat(error.get("message").asString()).contains("wrong type or format");
    }

    @Test
    void a_parameter_of_the_wrong_type_is_a_field_error_on_that_parameter() {
        JsonNode error = onlyFieldError(admin.get("/api/v1/standards?level=four"));

        assertThat(error.get("field").asString()).isEqualTo("level");
        assertThat(error.get("message").asString()).contains("wrong type or format");
    }

    @Test
    void a_nul_character_in_any_text_of_a_body_is_a_field_error_on_that_member() {
        JsonNode error = onlyFieldError(Api.at(port).post("/api/v1/auth/token",
                "{\"email\": \"someone\\u0000@waypoint.test\", \"password\": \"x\"}"));

        assertThat(error.get("field").asString()).isEqualTo("email");
        assertThat(error.get("message").asString()).isEqualTo(StoredText.NUL_MESSAGE);
    }

    @Test
    void every_error_the_description_lists_is_a_problem_and_every_operation_lists_its_errors() {
        JsonNode document = Api.at(port).get("/v3/api-docs").json();
        List<String> wrong = new ArrayList<>();

        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().path("responses");
            if (!responses.has("500")) {
                wrong.add(operation.getKey() + " " + path.getKey() + " lists no 500");
            }
            responses.properties().forEach(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    JsonNode content = response.getValue().path("content");
                    if (content.size() != 1 || !content.has("application/problem+json")) {
                        wrong.add(operation.getKey() + " " + path.getKey() + " " + response.getKey() + " is " + content);
                    }
                }
            });
        }));

        assertThat(wrong).isEmpty();
        assertThat(document.at("/components/schemas/Problem/properties").has("errors")).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1auth~1token/post/responses").has("401")).isFalse();
        assertThat(document.at("/paths/~1api~1v1~1standards/get/responses").has("401")).isTrue();
    }
}
