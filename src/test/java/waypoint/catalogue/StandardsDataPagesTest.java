package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.catalogue.TestStandardFiles.ADMINISTRATOR;
import static waypoint.catalogue.TestStandardFiles.newReference;
import static waypoint.catalogue.TestStandardFiles.standard;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.PageClient.Page;
import waypoint.support.WaypointTest;
import waypoint.shared.money.Money;

/** The standards data an administrator works with on pages and through the API, and what other staff see. */
@WaypointTest
class StandardsDataPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    StandardImporter importer;
    @Autowired
    StandardEditor editor;
    @Autowired
    Standards standards;

    @Test
    void an_administrator_checks_a_file_on_the_page_and_nothing_is_saved_until_they_import_it() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        String reference = newReference();
        byte[] file = standard(reference, "1.0", "Checked on the page").getBytes(StandardCharsets.UTF_8);

        Page checked = admin.postFile("/standards/import", "/standards/import", "file", "standards.json", file,
                Map.of("action", "check"));

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.text()).contains("Check only: nothing was saved")
                .contains(reference + " Checked on the page v1.0 (new)").contains("Funding band maximum: not recorded → £9,000")
                .contains("To import standards.json, choose it again and select Import.");
        assertThat(standards.latest(reference)).isEmpty();

        Page imported = admin.follow(admin.postFile("/standards/import", "/standards/import", "file", "standards.json",
                file, Map.of("action", "import")));
        assertThat(imported.text()).contains("Success").contains("1 new");
        assertThat(Jsoup.parse(imported.body()).select(".govuk-notification-banner--success .govuk-notification-banner__content").text())
                .as("what the import did is listed in the success banner, under its heading")
                .contains("Imported 1 standard").contains(reference + " Checked on the page v1.0 (new)");
        assertThat(standards.latest(reference)).isPresent();
        assertThat(imported.text()).contains("Upload by Alex Admin");
    }

    @Test
    void a_bad_file_on_the_page_names_the_problem_and_nothing_is_saved() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        String reference = newReference();
        byte[] file = standard(reference, "1.0", "Bad").replace("\"level\": 3", "\"level\": 9")
                .getBytes(StandardCharsets.UTF_8);

        Page refused = admin.postFile("/standards/import", "/standards/import", "file", "bad.json", file,
                Map.of("action", "check"));

        assertThat(refused.text()).contains("There is a problem").contains(reference + ": field 'level' must be from 1 to 7");
        assertThat(standards.latest(reference)).isEmpty();
    }

    @Test
    void the_unknown_funding_band_of_software_developer_is_a_prompt_to_record_it() {
        Page forAdmin = PageClient.signedInAs(port, DemoAccounts.ADMIN).get("/standards/ST0116");
        assertThat(forAdmin.text()).contains("Unknown — record it")
                .contains("The funding band maximum of this version is unknown — record it");
        assertThat(forAdmin.body()).contains("href=\"/standards/ST0116/versions/1.1/figures\"");

        Page forTutor = PageClient.signedInAs(port, DemoAccounts.TUTOR).get("/standards/ST0116");
        assertThat(forTutor.text()).contains("The funding band maximum of this version is unknown");
        assertThat(forTutor.body()).doesNotContain("/versions/1.1/figures");
    }

    @Test
    void an_administrator_records_the_figures_on_the_page_and_the_change_shows_in_the_history() {
        String reference = newReference();
        importer.importFile(ADMINISTRATOR, """
                {"referenceNumber": "%s", "title": "Recorded by hand", "level": 4, "version": "1.0"}
                """.formatted(reference));
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        String form = "/standards/" + reference + "/versions/1.0/figures";

        Page refused = admin.postForm(form, form, Map.of("lockVersion", lock(admin, form), "maxFunding", "nine thousand",
                "typicalDuration", "200", "status", "", "approvedForDelivery", "31 2 2024", "retiredOn", ""));
        assertThat(refused.text()).contains("There is a problem")
                .contains("The funding band maximum must be an amount in pounds, like 9000")
                .contains("The typical duration must be from 1 to 120")
                .contains("The day it was approved for delivery must be a real date");

        Page saved = admin.follow(admin.postForm(form, form, Map.of("lockVersion", lock(admin, form),
                "maxFunding", "£15,000", "typicalDuration", "24", "status", "Approved for delivery",
                "approvedForDelivery", "1 3 2024", "retiredOn", "")));

        assertThat(saved.text()).contains("Published figures saved").contains("£15,000")
                .contains("Funding band maximum not recorded £15,000 Alex Admin")
                .doesNotContain("The funding band maximum of this version is unknown");
        assertThat(standards.find(reference, "1.0").orElseThrow().fundingBandMaximum())
                .contains(Money.pounds(15000));
    }

    @Test
    void the_api_checks_a_file_shows_the_history_and_refuses_figures_from_anyone_but_an_administrator() {
        String reference = newReference();
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Api tutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);

        Api.Response checked = admin.post("/api/v1/standards/import?dryRun=true", standard(reference, "1.0", "Via API"));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.json().get("dryRun").asBoolean()).isTrue();
        assertThat(checked.json().get("standards").get(0).get("changes").get(0).get("field").asString())
                .isEqualTo("maxFunding");
        assertThat(standards.latest(reference)).isEmpty();

        assertThat(admin.post("/api/v1/standards/import", standard(reference, "1.0", "Via API")).status()).isEqualTo(200);
        assertThat(tutor.put("/api/v1/standards/" + reference + "/versions/1.0/figures",
                "{\"maxFunding\": 1, \"typicalDuration\": null, \"status\": null}").status()).isEqualTo(403);
        Api.Response recorded = admin.put("/api/v1/standards/" + reference + "/versions/1.0/figures",
                "{\"maxFunding\": 9100, \"typicalDuration\": 15, \"status\": \"Approved for delivery\"}");
        assertThat(recorded.status()).isEqualTo(200);

        JsonNode figures = tutor.get("/api/v1/standards/" + reference + "/versions/1.0/figures").json();
        JsonNode latest = figures.get("history").get(0);
        assertThat(latest.get("field").asString()).isEqualTo("maxFunding");
        assertThat(latest.get("before").asString()).isEqualTo("9000");
        assertThat(latest.get("after").asString()).isEqualTo("9100");
        assertThat(latest.get("source").asString()).isEqualTo("EDIT");
        assertThat(latest.get("changedBy").asString()).isEqualTo("Alex Admin");
        assertThat(figures.get("recordedByAdministrator").get(0).asString()).isEqualTo("maxFunding");

        Api.Response bad = admin.put("/api/v1/standards/" + reference + "/versions/1.0/figures",
                "{\"maxFunding\": -5, \"typicalDuration\": 15, \"status\": \"Approved for delivery\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("The funding band maximum must be an amount in pounds");
        assertThat(tutor.get("/api/v1/standards/imports").status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/standards/fetch", "").status()).as("no address configured").isEqualTo(400);
    }

    private static String lock(PageClient client, String form) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"")
                .matcher(client.get(form).body());
        return m.find() ? m.group(1) : "";
    }
}
