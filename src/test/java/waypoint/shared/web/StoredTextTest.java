package waypoint.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.PageClient.Page;
import waypoint.support.WaypointTest;

/**
 * Text the database cannot keep is a field error wherever it was typed: on a page, in the GOV.UK error summary
 * against the question; in the API, a 400 problem naming the field. Never a 500.
 */
@WaypointTest
class StoredTextTest {

    @LocalServerPort
    int port;

    @Test
    void a_nul_character_typed_into_a_page_form_is_shown_against_its_question_in_the_error_summary() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        Page form = admin.get("/employers/new");

        Page result = admin.post("/employers/new", form,
                Map.of("name", "Nul\u0000 Trading Ltd", "funding", "LEVY", "postcode", "SW1A 1AA"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("govuk-error-summary", "href=\"#name\"");
        assertThat(result.text()).contains("There is a problem", StoredText.NUL_MESSAGE);
        assertThat(admin.get("/employers?q=Nul").text()).doesNotContain("Trading Ltd");
    }

    @Test
    void a_nul_character_in_a_page_search_is_a_400_page_not_a_500() {
        Page result = PageClient.signedInAs(port, DemoAccounts.ADMIN).get("/employers?q=north%00");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.text()).contains("There is a problem with your request");
    }

    @Test
    void a_nul_character_in_an_api_query_parameter_is_a_field_error_on_that_parameter() {
        Api.Response response = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/standards?q=mentor%00");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("q");
        assertThat(error.get("message").asString()).isEqualTo(StoredText.NUL_MESSAGE);
    }
}
