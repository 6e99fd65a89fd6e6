package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.dataprotection.internal.export.ProviderExport;
import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Bringing a whole provider's export in through the page and the API (docs/domain/provider-export.md): only
 * administrators; never into a Waypoint that already holds a provider's data (this one holds the demo provider's);
 * a changed export brings nothing in and says why, in the error summary and as problem details.
 */
@WaypointTest
class ProviderImportPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    ProviderExport export;
    @Autowired
    JdbcClient jdbc;

    @Test
    void only_an_administrator_may_bring_a_whole_provider_s_data_in() {
        byte[] zip = newerFormat(exportNow());
        for (DemoAccounts denied : new DemoAccounts[] {DemoAccounts.DATA_PROTECTION_OFFICER, DemoAccounts.TUTOR,
                DemoAccounts.LEARNER}) {
            assertThat(Api.at(port).signedInAs(denied.email(), DemoAccounts.PASSWORD)
                    .postMultipart("/api/v1/import", Map.of(), "file", "export.zip", zip).status())
                    .as(denied.name()).isEqualTo(403);
            assertThat(PageClient.signedInAs(port, denied).get("/data-protection/import").status())
                    .as(denied.name()).isEqualTo(403);
        }
        PageClient.Page form = PageClient.signedInAs(port, DemoAccounts.ADMIN).get("/data-protection/import");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("Bring in a whole provider’s data").contains("Check the export");
    }

    @Test
    void an_export_is_never_brought_into_a_waypoint_that_already_holds_a_provider_s_data() {
        long learners = learners();
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);

        Api.Response checked = admin.postMultipart("/api/v1/import", Map.of(), "file", "export.zip", exportNow());
        assertThat(checked.status()).isEqualTo(422);
        assertThat(checked.contentType()).startsWith("application/problem+json");
        assertThat(checked.json().get("detail").asString()).contains("nothing was brought in")
                .contains("already holds a provider's data").contains("organisation learner");

        Api.Response forReal = admin.postMultipart("/api/v1/import", Map.of("dryRun", "false"), "file", "export.zip",
                exportNow());
        assertThat(forReal.status()).isEqualTo(422);

        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.ADMIN).postFile("/data-protection/import",
                "/data-protection/import", "file", "export.zip", exportNow());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("This export cannot be brought in: nothing was kept")
                .contains("It already holds a provider's data").doesNotContain("Bring the provider’s data in");
        assertThat(learners()).isEqualTo(learners);
    }

    @Test
    void a_changed_export_brings_nothing_in_and_says_why_on_the_page_and_in_the_api() {
        long learners = learners();
        byte[] changed = newerFormat(exportNow());

        Api.Response api = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD)
                .postMultipart("/api/v1/import", Map.of("dryRun", "false"), "file", "export.zip", changed);
        assertThat(api.status()).isEqualTo(422);
        assertThat(api.json().get("title").asString()).isEqualTo("The provider's export cannot be brought in");
        assertThat(api.json().get("problems").get(0).get("message").asString())
                .contains("made by a newer Waypoint");

        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.ADMIN).postFile("/data-protection/import",
                "/data-protection/import", "file", "export.zip", "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(page.text()).contains("This export cannot be brought in: nothing was kept")
                .contains("This is not a ZIP file, or it is damaged");

        PageClient.Page none = PageClient.signedInAs(port, DemoAccounts.ADMIN).postFile("/data-protection/import",
                "/data-protection/import", "file", "export.zip", new byte[0]);
        assertThat(none.text()).contains("There is a problem")
                .contains("Select the whole provider's export (the ZIP file Waypoint made)");

        Api.Response noFile = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD)
                .postMultipart("/api/v1/import", Map.of(), null, null, null);
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(learners()).isEqualTo(learners);
    }

    private long learners() {
        return jdbc.sql("SELECT count(*) FROM organisation.learner").query(Long.class).single();
    }

    private byte[] exportNow() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(out);
        return out.toByteArray();
    }

    /** The same export, its manifest saying a later format. */
    private static byte[] newerFormat(byte[] zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("manifest.json")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8)
                            .replace("waypoint-provider-export/1", "waypoint-provider-export/2")
                            .getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
