package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * A standard version's minimum off-the-job hours for compliance: read from a Skills England file that carries
 * {@code minimumHoursForCompliance}, and recorded by an administrator on a page and in the API; nobody else may.
 */
@WaypointTest
class MinimumOtjHoursTest {

    @LocalServerPort
    int port;

    Api admin() {
        return Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), "waypoint-demo");
    }

    String imported(String extra) {
        String reference = TestStandardFiles.newReference();
        String file = TestStandardFiles.standard(reference, "1.0", "Minimum test").replaceFirst("\\{",
                "{" + extra);
        Api.Response response = admin().post("/api/v1/standards/import", file);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return reference;
    }

    @Test
    void the_import_reads_skills_englands_minimum_hours_for_compliance() {
        String reference = imported("\"minimumHoursForCompliance\": 326, ");

        Api.Response standard = admin().get("/api/v1/standards/" + reference);

        assertThat(standard.json().get("publishedMinimumOtjHours").asInt()).isEqualTo(326);
    }

    @Test
    void a_file_without_the_figure_leaves_it_unknown_and_one_with_a_wrong_figure_is_refused() {
        String reference = imported("");
        assertThat(admin().get("/api/v1/standards/" + reference).json().get("publishedMinimumOtjHours").isNull())
                .isTrue();

        Api.Response wrong = admin().post("/api/v1/standards/import", TestStandardFiles.standard(
                TestStandardFiles.newReference(), "1.0", "Wrong").replaceFirst("\\{",
                "{\"minimumHoursForCompliance\": \"many\", "));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("minimumHoursForCompliance");
    }

    @Test
    void an_administrator_records_the_minimum_on_the_page() {
        String reference = imported("");
        PageClient page = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        String form = "/standards/" + reference + "/versions/1.0/minimum-otj-hours";
        assertThat(page.get("/standards/" + reference).body()).contains(form);

        PageClient.Page invalid = page.postForm(form, form, Map.of("lockVersion", lock(page, form),
                "minimumHoursForCompliance", "lots"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("govuk-error-summary", "The minimum hours must be a whole number");

        PageClient.Page saved = page.postForm(form, form, Map.of("lockVersion", lock(page, form),
                "minimumHoursForCompliance", "1,022"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(page.follow(saved).text()).contains("1,022 hours");
        assertThat(admin().get("/api/v1/standards/" + reference).json().get("publishedMinimumOtjHours").asInt())
                .isEqualTo(1022);

        PageClient.Page cleared = page.postForm(form, form, Map.of("lockVersion", lock(page, form),
                "minimumHoursForCompliance", ""));
        assertThat(cleared.status()).isEqualTo(302);
        assertThat(admin().get("/api/v1/standards/" + reference).json().get("publishedMinimumOtjHours").isNull())
                .isTrue();
    }

    @Test
    void in_the_api_a_figure_out_of_range_is_a_problem_and_only_administrators_record_it() {
        String reference = imported("");
        String path = "/api/v1/standards/" + reference + "/versions/1.0/minimum-otj-hours";

        Api.Response zero = admin().put(path, "{\"minimumHoursForCompliance\": 0}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body()).contains("The minimum hours must be from 1 to 10,000");

        Api tutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), "waypoint-demo");
        assertThat(tutor.put(path, "{\"minimumHoursForCompliance\": 300}").status()).isEqualTo(403);
        assertThat(PageClient.signedInAs(port, DemoAccounts.TUTOR)
                .get("/standards/" + reference + "/versions/1.0/minimum-otj-hours").status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/standards/" + reference).json().get("publishedMinimumOtjHours").isNull())
                .isTrue();
    }

    private static String lock(PageClient page, String form) {
        String body = page.get(form).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"")
                .matcher(body);
        return m.find() ? m.group(1) : "-1";
    }
}
