package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The resit limit and the appeal window are the provider's EPA settings (the provider's own documents do not state them
 * for end-point assessments: each assessment plan and EPAO does): an administrator reads and changes them, with field
 * errors for bad input; nobody else may. The tests put the defaults back as they found them.
 */
@WaypointTest
class EpaSettingsTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;

    Api admin() {
        return Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void an_administrator_reads_and_saves_the_settings_and_bad_figures_are_field_errors() {
        Api admin = admin();
        JsonNode current = admin.get("/api/v1/epa/settings").json();
        assertThat(current.get("maximumAttempts").asInt()).isEqualTo(3);
        assertThat(current.get("appealWindowWorkingDays").asInt()).isEqualTo(20);
        int version = current.get("version").asInt();

        Api.Response bad = admin.put("/api/v1/epa/settings", "{\"maximumAttempts\":\"0\","
                + "\"appealWindowWorkingDays\":\"twenty\",\"version\":" + version + "}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("maximumAttempts", "appealWindowWorkingDays", "Enter a whole number from 1 to");

        JsonNode saved = admin.put("/api/v1/epa/settings", "{\"maximumAttempts\":\"3\","
                + "\"appealWindowWorkingDays\":\"20\",\"version\":" + version + "}").json();
        assertThat(saved.get("version").asInt()).isEqualTo(version + 1);
        Api.Response stale = admin.put("/api/v1/epa/settings", "{\"maximumAttempts\":\"3\","
                + "\"appealWindowWorkingDays\":\"20\",\"version\":" + version + "}");
        assertThat(stale.status()).as("someone else saved meanwhile").isEqualTo(409);
    }

    @Test
    void nobody_but_an_administrator_reads_or_changes_them() {
        EpaPeople people = new EpaPeople(accounts, organisation, apprenticeships);
        for (Api someone : new Api[] {Api.at(port).signedInAs(people.tutor.email(), EpaPeople.PASSWORD),
                Api.at(port).signedInAs(people.learner.email(), EpaPeople.PASSWORD),
                Api.at(port).signedInAs(DemoAccounts.DIRECTOR.email(), DemoAccounts.PASSWORD)}) {
            assertThat(someone.get("/api/v1/epa/settings").status()).isEqualTo(403);
            assertThat(someone.put("/api/v1/epa/settings", "{\"maximumAttempts\":\"9\"}").status()).isEqualTo(403);
        }
        assertThat(PageClient.signedInAs(port, DemoAccounts.DIRECTOR).get("/gateway/settings").status())
                .isEqualTo(403);
        assertThat(PageClient.signedInAs(port, DemoAccounts.DIRECTOR).get("/gateway").body())
                .doesNotContain("/gateway/settings");
    }

    @Test
    void the_settings_page_says_where_the_figures_come_from_and_keeps_what_was_typed_on_error() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        assertThat(admin.get("/gateway").body()).contains("/gateway/settings");
        PageClient.Page page = admin.get("/gateway/settings");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("assessment plan", "appeals policy", "value=\"3\"", "value=\"20\"");
        String version = page.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

        PageClient.Page invalid = admin.post("/gateway/settings", Map.of("maximumAttempts", "lots",
                "appealWindowWorkingDays", "91", "version", version));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("govuk-error-summary", "There is a problem", "value=\"lots\"",
                "value=\"91\"", "Enter a whole number from 1 to 90", "<title>Error:");

        PageClient.Page saved = admin.post("/gateway/settings", Map.of("maximumAttempts", "3",
                "appealWindowWorkingDays", "20", "version", version));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.follow(saved).body()).contains("The EPA settings are saved");
    }
}
