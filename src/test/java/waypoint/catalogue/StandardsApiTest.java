package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

@WaypointTest
class StandardsApiTest {

    @LocalServerPort
    int port;

    private Api as(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void staff_search_the_latest_standards_a_page_at_a_time() {
        Api.Response response = as(DemoAccounts.TUTOR).get("/api/v1/standards?q=mentor&size=1");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(body.get("size").asInt()).isEqualTo(1);
        assertThat(body.get("page").asInt()).isZero();
        assertThat(body.get("items")).hasSize(1);
        assertThat(body.get("items").get(0).get("referenceNumber").asString()).isEqualTo("ST0148");
    }

    @Test
    void the_level_filter_keeps_only_that_level() {
        JsonNode items = as(DemoAccounts.QUALITY).get("/api/v1/standards?level=4&size=100").json().get("items");

        assertThat(items.valueStream().map(i -> i.get("level").asInt())).containsOnly(4);
        assertThat(items.valueStream().map(i -> i.get("referenceNumber").asString())).contains("ST0116", "ST1379");
    }

    @Test
    void a_standard_comes_with_its_duties_ksbs_epa_methods_grading_and_gateway_items() {
        Api.Response response = as(DemoAccounts.HEAD).get("/api/v1/standards/ST1379");

        assertThat(response.status()).isEqualTo(200);
        JsonNode standard = response.json();
        assertThat(standard.get("id").isString()).isTrue();
        assertThat(standard.get("version").asString()).isEqualTo("1.1");
        assertThat(standard.get("fundingBandMaximum").asInt()).isEqualTo(5000);
        assertThat(standard.get("publishedMinimumOtjHours").isNull()).isTrue();
        assertThat(standard.get("duties")).hasSize(9);
        assertThat(standard.get("ksbs")).hasSize(35);
        assertThat(standard.get("ksbs").get(0).get("code").asString()).isEqualTo("K1");
        assertThat(standard.get("duties").get(8).get("code").asString()).isEqualTo("D9");
        assertThat(standard.get("deliveryCadence").get("description").asString()).isEqualTo("At least one session every 5 weeks");
        assertThat(standard.get("ksbs").get(0).get("text").asString()).startsWith("The roles and responsibilities of a mentor");
        assertThat(standard.get("epaMethods").get(0).get("minimumQuestions").asInt()).isEqualTo(5);
        assertThat(standard.get("grading").get("rows")).hasSize(9);
        assertThat(standard.get("grading").get("components").get(1).get("name").asString())
                .isEqualTo("Professional discussion underpinned by a portfolio of evidence");
        assertThat(standard.get("gatewayItems").get(0).get("kind").asString()).isEqualTo("EMPLOYER_CONFIRMATION");
        assertThat(standard.get("deliveryCadence").get("maxWeeksBetweenSessions").asInt()).isEqualTo(5);
    }

    @Test
    void an_earlier_version_is_found_by_its_version() {
        String reference = TestStandardFiles.newReference();
        Api admin = as(DemoAccounts.ADMIN);
        admin.post("/api/v1/standards/import", TestStandardFiles.standard(reference, "1.0", "Old"));
        admin.post("/api/v1/standards/import", TestStandardFiles.standard(reference, "1.1", "New"));

        assertThat(admin.get("/api/v1/standards/" + reference).json().get("title").asString()).isEqualTo("New");
        assertThat(admin.get("/api/v1/standards/" + reference + "?version=1.0").json().get("title").asString())
                .isEqualTo("Old");
    }

    @Test
    void an_unknown_standard_is_a_404_problem() {
        Api.Response response = as(DemoAccounts.TUTOR).get("/api/v1/standards/ST9999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void learners_and_employer_contacts_are_refused_the_catalogue() {
        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.LEARNER, DemoAccounts.EMPLOYER}) {
            Api api = as(account);
            assertThat(api.get("/api/v1/standards").status()).isEqualTo(403);
            Api.Response one = api.get("/api/v1/standards/ST0116");
            assertThat(one.status()).isEqualTo(403);
            assertThat(one.body()).doesNotContain("Software developer");
        }
    }

    @Test
    void an_administrator_imports_a_file_and_gets_a_report() {
        String reference = TestStandardFiles.newReference();
        String file = "[" + TestStandardFiles.standard(reference, "1.0", "Imported by API") + "]";

        Api.Response first = as(DemoAccounts.ADMIN).post("/api/v1/standards/import", file);
        Api.Response second = as(DemoAccounts.ADMIN).post("/api/v1/standards/import", file);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("summary").asString()).isEqualTo("Imported 1 standard: " + reference + " v1.0 (new)");
        assertThat(second.json().get("standards").get(0).get("outcome").asString()).isEqualTo("unchanged");
    }

    @Test
    void staff_who_are_not_administrators_cannot_import() {
        String reference = TestStandardFiles.newReference();
        Api.Response response = as(DemoAccounts.DIRECTOR).post("/api/v1/standards/import",
                TestStandardFiles.standard(reference, "1.0", "Refused"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(as(DemoAccounts.ADMIN).get("/api/v1/standards/" + reference).status()).isEqualTo(404);
    }

    @Test
    void a_malformed_standard_is_a_400_problem_naming_the_field_and_nothing_is_saved() {
        String good = TestStandardFiles.newReference();
        String bad = TestStandardFiles.newReference();
        String file = "[" + TestStandardFiles.standard(good, "1.0", "Good") + ","
                + TestStandardFiles.standard(bad, "1.0", "Bad").replace("\"level\": 3", "\"level\": \"three\"") + "]";

        Api.Response response = as(DemoAccounts.ADMIN).post("/api/v1/standards/import", file);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(bad + ".level");
        assertThat(error.get("message").asString()).isEqualTo(bad + ": field 'level' must be a whole number");
        assertThat(as(DemoAccounts.ADMIN).get("/api/v1/standards/" + good).status()).isEqualTo(404);
    }

    @Test
    void malformed_json_is_a_400_problem() {
        Api.Response response = as(DemoAccounts.ADMIN).post("/api/v1/standards/import", "[{\"referenceNumber\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(response.json().get("errors").get(0).get("message").asString()).startsWith("The file is not valid JSON");
    }

    @Test
    void the_openapi_document_describes_the_standards_endpoints() {
        Api.Response response = Api.at(port).get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/standards/import", "/api/v1/standards/{referenceNumber}");
    }

    @Test
    void a_level_outside_1_to_7_is_a_field_error() {
        Api.Response response = as(DemoAccounts.TUTOR).get("/api/v1/standards?level=9");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
    }
}
