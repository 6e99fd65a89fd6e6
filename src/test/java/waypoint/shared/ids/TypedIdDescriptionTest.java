package waypoint.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/** The API description tells callers a typed id is what it always was: a string holding a UUID. */
@WaypointTest
class TypedIdDescriptionTest {

    @LocalServerPort
    int port;

    @Test
    void an_employers_id_is_described_as_a_uuid_in_the_address_and_in_the_answer() {
        JsonNode document = Api.at(port).get("/v3/api-docs").json();
        JsonNode get = document.path("paths").path("/api/v1/employers/{id}").path("get");

        JsonNode parameter = get.path("parameters").get(0);
        assertThat(parameter.path("name").asString()).isEqualTo("id");
        assertUuid(parameter.path("schema"));
        String answer = get.path("responses").path("200").path("content").properties().iterator().next().getValue()
                .path("schema")
                .path("$ref").asString();
        JsonNode view = document.path("components").path("schemas").path(answer.substring(answer.lastIndexOf('/') + 1));
        assertUuid(view.path("properties").path("id"));
    }

    @Test
    void a_staff_members_id_given_with_a_new_apprenticeship_is_described_as_a_uuid() {
        JsonNode document = Api.at(port).get("/v3/api-docs").json();
        JsonNode body = document.path("paths").path("/api/v1/apprenticeships").path("post").path("requestBody")
                .path("content").properties().iterator().next().getValue().path("schema");
        JsonNode otherStaff = resolved(document, resolved(document, body).path("properties").path("otherStaff"));
        JsonNode assignment = resolved(document, otherStaff.path("items"));

        assertUuid(resolved(document, assignment.path("properties").path("staffId")));
    }

    private static JsonNode resolved(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asString();
            current = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }

    private static void assertUuid(JsonNode schema) {
        assertThat(schema.path("type").asString()).as(schema.toString()).isEqualTo("string");
        assertThat(schema.path("format").asString()).as(schema.toString()).isEqualTo("uuid");
    }
}
