package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.catalogue.TestStandardFiles.ADMINISTRATOR;
import static waypoint.catalogue.TestStandardFiles.newReference;
import static waypoint.catalogue.TestStandardFiles.standard;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.catalogue.internal.StandardImporter;
import waypoint.demo.DemoAccounts;
import waypoint.rules.ProgrammeType;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Each standard version carries its programme type (docs/domain/programme-types.md): an apprenticeship standard unless
 * an import file or an administrator says otherwise; published in the catalogue API; changed by administrators only,
 * on the standard's page (audited) or through the API; a foundation apprenticeship only at level 2.
 */
@WaypointTest
class StandardProgrammeTypeTest {

    @LocalServerPort
    int port;
    @Autowired
    StandardImporter importer;
    @Autowired
    Standards standards;
    @Autowired
    JdbcClient jdbc;

    private String imported(String extra, int level) {
        String reference = newReference();
        importer.importFile(ADMINISTRATOR, standard(reference, "1.0", "Programme type test")
                .replace("\"level\": 3,", "\"level\": " + level + "," + extra));
        return reference;
    }

    private Api api(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void a_version_is_an_apprenticeship_standard_unless_the_import_file_says_otherwise() {
        String plain = imported("", 3);
        String unit = imported(" \"programmeType\": \"ApprenticeshipUnit\",", 3);

        assertThat(standards.latest(plain).orElseThrow().programmeType()).isEqualTo(ProgrammeType.APPRENTICESHIP_STANDARD);
        assertThat(standards.latest(unit).orElseThrow().programmeType()).isEqualTo(ProgrammeType.APPRENTICESHIP_UNIT);
        Api.Response read = api(DemoAccounts.TUTOR).get("/api/v1/standards/" + unit);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("programmeType").asString()).isEqualTo("APPRENTICESHIP_UNIT");
        Api.Response list = api(DemoAccounts.TUTOR).get("/api/v1/standards?q=" + unit);
        assertThat(list.body()).contains("\"programmeType\":\"APPRENTICESHIP_UNIT\"");
    }

    @Test
    void an_import_file_naming_a_level_3_foundation_apprenticeship_is_refused() {
        String reference = newReference();
        Api.Response refused = api(DemoAccounts.ADMIN).post("/api/v1/standards/import", standard(reference, "1.0",
                "Wrong level").replace("\"level\": 3,", "\"level\": 3, \"programmeType\": \"FoundationApprenticeship\","));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("a foundation apprenticeship is at level 2");
        assertThat(standards.latest(reference)).isEmpty();
    }

    @Test
    void an_administrator_changes_the_programme_type_on_the_standards_page_and_the_change_is_audited() {
        String reference = imported("", 2);
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page page = admin.get("/standards/" + reference + "?version=1.0");
        assertThat(page.text()).contains("Programme type").contains("Apprenticeship standard")
                .contains("ILR programme type 25");
        String formPath = "/standards/" + reference + "/versions/1.0/programme-type";
        assertThat(page.body()).contains(formPath);

        PageClient.Page form = admin.get(formPath);
        assertThat(form.status()).isEqualTo(200);
        PageClient.Page unchosen = admin.post(formPath, form, Map.of("lockVersion", lockVersionIn(form)));
        assertThat(unchosen.status()).isEqualTo(200);
        assertThat(unchosen.text()).contains("There is a problem").contains("Choose the programme type");
        PageClient.Page saved = admin.post(formPath, form, Map.of("lockVersion", lockVersionIn(form),
                "programmeType", "FOUNDATION_APPRENTICESHIP"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.follow(saved).text()).contains("Foundation apprenticeship");

        var details = standards.latest(reference).orElseThrow();
        assertThat(details.programmeType()).isEqualTo(ProgrammeType.FOUNDATION_APPRENTICESHIP);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_id = :id AND before_summary LIKE :before
                  AND after_summary LIKE :after""").param("id", details.id().value().toString())
                .param("before", "%programme type: Apprenticeship standard%")
                .param("after", "%programme type: Foundation apprenticeship%").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void only_a_level_2_standard_may_be_a_foundation_apprenticeship_and_only_administrators_change_the_type() {
        String reference = imported("", 3);
        String path = "/api/v1/standards/" + reference + "/versions/1.0/programme-type";
        Api admin = api(DemoAccounts.ADMIN);

        Api.Response wrongLevel = admin.put(path, "{\"programmeType\": \"FOUNDATION_APPRENTICESHIP\"}");
        assertThat(wrongLevel.status()).isEqualTo(400);
        assertThat(wrongLevel.contentType()).contains("application/problem+json");
        assertThat(wrongLevel.body()).contains("programmeType").contains("A foundation apprenticeship is at level 2");
        Api.Response unknown = admin.put(path, "{\"programmeType\": \"DIPLOMA\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("Send programmeType");

        assertThat(api(DemoAccounts.TUTOR).put(path, "{\"programmeType\": \"APPRENTICESHIP_UNIT\"}").status())
                .isEqualTo(403);
        assertThat(api(DemoAccounts.DATA_OFFICER).put(path, "{\"programmeType\": \"APPRENTICESHIP_UNIT\"}").status())
                .isEqualTo(403);
        assertThat(PageClient.signedInAs(port, DemoAccounts.TUTOR)
                .get("/standards/" + reference + "/versions/1.0/programme-type").status()).isEqualTo(403);

        Api.Response recorded = admin.put(path, "{\"programmeType\": \"APPRENTICESHIP_UNIT\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().get("programmeType").asString()).isEqualTo("APPRENTICESHIP_UNIT");
    }

    private static String lockVersionIn(PageClient.Page form) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"")
                .matcher(form.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
