package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import waypoint.dataprotection.internal.export.ProviderExport;
import waypoint.demo.DemoAccounts;
import waypoint.shared.portability.ProviderDataSource;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/**
 * The whole provider's export (docs/domain/provider-export.md): every module's tables as JSON lines and CSV with a
 * manifest, the files rows name, and never a secret; for administrators only.
 */
@WaypointTest
class ProviderExportTest {

    @LocalServerPort
    int port;
    @Autowired
    ProviderExport export;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_export_holds_every_module_s_tables_as_json_lines_and_csv_with_their_files_and_no_secrets()
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProviderExport.Written written = export.write(out);

        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        JsonNode manifest = JsonMapper.builder().build().readTree(entries.get("manifest.json"));
        assertThat(manifest.get("format").asString()).isEqualTo("waypoint-provider-export/1");
        assertThat(entries).containsKeys("data/organisation/learner.jsonl", "data/organisation/learner.csv",
                "data/enrolment/apprenticeship.jsonl", "data/otj/otj_entry.jsonl",
                "data/portfolio/portfolio_evidence.jsonl", "data/review/progress_review.jsonl",
                "data/identity/user_account.csv");
        long learners = jdbc.sql("SELECT count(*) FROM organisation.learner").query(Long.class).single();
        String learnerLines = new String(entries.get("data/organisation/learner.jsonl"), StandardCharsets.UTF_8);
        assertThat(learnerLines.lines().count()).isEqualTo(learners);
        assertThat(learnerLines).contains(DemoAccounts.LEARNER.email());
        String accounts = new String(entries.get("data/identity/user_account.jsonl"), StandardCharsets.UTF_8);
        assertThat(accounts).doesNotContain("password_hash").doesNotContain("$2a$");
        assertThat(entries.keySet()).noneMatch(name -> name.contains("api_token") || name.contains("recovery_code"));
        assertThat(entries.keySet().stream().filter(n -> n.startsWith("files/")).count())
                .isEqualTo(written.files()).isPositive();
    }

    /**
     * Tables the export leaves out on purpose: secrets a person would have to set again anyway, the running
     * application's own machinery (sessions, job locks, the sign-in throttle), the copy of GOV.UK's public bank
     * holidays file, the kept accountability figures with the presses of "Recalculate now", the kept funding forecast
     * and its sums, the kept funding risk list, the kept caseload overview and the kept equality report (derived from
     * the records exported, and worked out again by the next calculation; the audit trail keeps who pressed), and the
     * last failed working out of each; the totals of message threads, messages, sessions, off-the-job entries and
     * evidence items in each state and of apprenticeships in each status (kept by the database as the rows are loaded
     * back).
     */
    private static final Set<String> LEFT_OUT = Set.of(
            "account_recovery_code", "account_second_factor", "api_token", "user_credentials", "user_entities",
            "one_time_link", "email_message", "spring_session", "spring_session_attributes", "event_publication",
            "shedlock", "flyway_schema_history", "bank_holiday_file", "identity_sign_in_refusal",
            "accountability_snapshot", "accountability_snapshot_figure", "accountability_snapshot_year",
            "accountability_snapshot_apprenticeship", "accountability_recalculation", "funding_forecast",
            "funding_forecast_apprenticeship", "funding_forecast_line", "funding_forecast_sum", "funding_risk_list",
            "funding_risk_line", "funding_risk_finding", "message_totals", "delivery_session_totals", "otj_entry_totals",
            "portfolio_evidence_totals", "apprenticeship_totals", "caseload_overview", "caseload_overview_line",
            "kept_whole_failure", "equality_report", "equality_report_count");

    @Autowired
    List<ProviderDataSource> sources;

    @Test
    void every_table_a_module_keeps_is_in_the_export_unless_it_is_left_out_on_purpose() {
        Set<String> exported = new TreeSet<>();
        sources.forEach(source -> source.tables().forEach(table -> exported.add(table.name())));
        Set<String> kept = new TreeSet<>(jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                """).query(String.class).list());
        kept.removeAll(LEFT_OUT);
        assertThat(exported).containsAll(kept);
    }

    @Test
    void only_an_administrator_may_export_everything() {
        assertThat(Api.at(port).signedInAs(DemoAccounts.DATA_PROTECTION_OFFICER.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/export").status()).isEqualTo(403);
        assertThat(Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/export").status()).isEqualTo(403);
        Api.Response admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/export");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.contentType()).isEqualTo("application/zip");
    }
}
