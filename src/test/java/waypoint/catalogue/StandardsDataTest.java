package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static waypoint.catalogue.TestStandardFiles.ADMINISTRATOR;
import static waypoint.catalogue.TestStandardFiles.TUTOR;
import static waypoint.catalogue.TestStandardFiles.newReference;
import static waypoint.catalogue.TestStandardFiles.standard;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;

import waypoint.catalogue.internal.Figure;
import waypoint.catalogue.internal.FigureChange;
import waypoint.catalogue.internal.FigureDifference;
import waypoint.catalogue.internal.ImportOutcome;
import waypoint.catalogue.internal.ImportReport;
import waypoint.catalogue.internal.ImportRunStore;
import waypoint.catalogue.internal.ImportRunStore.ImportRun;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardFigureStore.HistoryEntry;
import waypoint.catalogue.internal.StandardFigureStore.Source;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.catalogue.internal.StandardsFetch;
import waypoint.support.WaypointTest;
import waypoint.shared.money.Money;

/** Standards data from Skills England: checks, uploads, the fetch, the change history and administrators' figures. */
@WaypointTest
class StandardsDataTest {

    @Autowired
    StandardImporter importer;
    @Autowired
    StandardEditor editor;
    @Autowired
    StandardQueries queries;
    @Autowired
    StandardsFetch fetch;
    @Autowired
    ImportRunStore runs;
    @Autowired
    Standards standards;

    private HttpServer server;
    private String served;

    @BeforeEach
    void startTheLocalStandardsApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/apprenticeshipstandards", exchange -> answer(exchange, 200, served));
        server.createContext("/down", exchange -> answer(exchange, 503, "Service unavailable"));
        server.start();
    }

    @AfterEach
    void stopTheLocalStandardsApi() {
        server.stop(0);
    }

    @Test
    void a_check_says_what_an_import_would_change_and_saves_nothing() {
        String reference = newReference();
        importer.importFile(ADMINISTRATOR, standard(reference, "1.0", "Checked"));
        String next = "[" + standard(reference, "1.0", "Checked").replace("\"maxFunding\": 9000", "\"maxFunding\": 9500")
                .replace("\"status\": \"Approved for delivery\"",
                        "\"status\": \"Retired\", \"latestStartDate\": \"2026-07-31T00:00:00\"")
                + "," + standard(reference, "1.1", "Checked") + "]";

        ImportReport check = importer.checkFile(ADMINISTRATOR, next);

        assertThat(check.checkOnly()).isTrue();
        assertThat(check.standards()).extracting(ImportReport.Entry::outcome)
                .containsExactly(ImportOutcome.UPDATED, ImportOutcome.NEW_VERSION);
        ImportReport.Entry retired = check.standards().get(0);
        assertThat(retired.changes()).extracting(FigureChange::describe).containsExactly(
                "Funding band maximum: £9,000 → £9,500", "Status: Approved for delivery → Retired",
                "No new starts from: not recorded → 1 August 2026");
        assertThat(retired.retires()).isTrue();
        assertThat(check.counts()).contains("1 new, 1 changed (1 closed to new starts)").endsWith("Nothing was saved.");
        StandardDetails unchanged = standards.find(reference, "1.0").orElseThrow();
        assertThat(unchanged.fundingBandMaximum()).contains(Money.pounds(9000));
        assertThat(unchanged.status()).contains("Approved for delivery");
        assertThat(unchanged.retiredOn()).isEmpty();
        assertThat(standards.find(reference, "1.1")).isEmpty();
        assertThat(history(reference, "1.0")).noneMatch(h -> "9500".equals(h.after()));
    }

    @Test
    void every_figure_an_upload_or_an_edit_changes_is_kept_in_the_history_with_who_and_when() {
        String reference = newReference();
        importer.importFile(ADMINISTRATOR, standard(reference, "1.0", "Historied"));
        importer.importFile(ADMINISTRATOR, standard(reference, "1.0", "Historied")
                .replace("\"typicalDuration\": 15", "\"typicalDuration\": 18"));
        editor.recordPublishedFigures(ADMINISTRATOR, reference, "1.0", null, Money.pounds(9800), 18,
                "Approved for delivery", LocalDate.of(2024, 3, 1), null);

        List<HistoryEntry> history = history(reference, "1.0");

        assertThat(history).extracting(h -> h.source() + " " + h.figure() + " " + h.before() + " → " + h.after()
                + " by " + h.changedBy()).containsExactlyInAnyOrder(
                "EDIT FUNDING_BAND_MAXIMUM 9000 → 9800 by Alex Admin",
                "EDIT APPROVED_FOR_DELIVERY null → 2024-03-01 by Alex Admin",
                "UPLOAD TYPICAL_DURATION 15 → 18 by Upload by Alex Admin",
                "UPLOAD FUNDING_BAND_MAXIMUM null → 9000 by Upload by Alex Admin",
                "UPLOAD TYPICAL_DURATION null → 15 by Upload by Alex Admin",
                "UPLOAD STATUS null → Approved for delivery by Upload by Alex Admin");
        assertThat(history.get(0).source()).isEqualTo(Source.EDIT);
        assertThat(queries.figures(ADMINISTRATOR, reference, "1.0").recordedByAdministrator())
                .containsExactly("maxFunding", "approvedForDelivery");
    }

    @Test
    void an_administrators_figure_is_kept_against_an_import_which_reports_the_difference_to_accept_or_keep() {
        String reference = newReference();
        importer.importFile(ADMINISTRATOR, standard(reference, "1.0", "Edited"));
        editor.recordFundingBandMaximum(ADMINISTRATOR, reference, "1.0", null, Money.pounds(9250));
        String file = standard(reference, "1.0", "Edited").replace("\"maxFunding\": 9000", "\"maxFunding\": 9500");

        ImportReport imported = importer.importFile(ADMINISTRATOR, file);

        assertThat(band(reference)).isEqualByComparingTo("9250");
        assertThat(imported.standards().get(0).differences()).extracting(FigureDifference::describe)
                .containsExactly("Funding band maximum: the file says £9,500; £9,250 as recorded is kept");
        assertThat(queries.figures(ADMINISTRATOR, reference, "1.0").differences()).hasSize(1);
        assertThat(importer.importFile(ADMINISTRATOR, file).standards().get(0).outcome())
                .isEqualTo(ImportOutcome.UNCHANGED);

        editor.keepRecordedFigure(ADMINISTRATOR, reference, "1.0", Figure.FUNDING_BAND_MAXIMUM);
        assertThat(queries.figures(ADMINISTRATOR, reference, "1.0").differences()).isEmpty();
        assertThat(importer.importFile(ADMINISTRATOR, file).standards().get(0).differences())
                .as("the same file value, once kept, is not asked about again").isEmpty();

        importer.importFile(ADMINISTRATOR, file.replace("\"maxFunding\": 9500", "\"maxFunding\": 9600"));
        assertThat(queries.figures(ADMINISTRATOR, reference, "1.0").differences())
                .extracting(FigureDifference::fileValue).containsExactly("9600");
        editor.acceptFileFigure(ADMINISTRATOR, reference, "1.0", Figure.FUNDING_BAND_MAXIMUM);
        assertThat(band(reference)).isEqualByComparingTo("9600");
        assertThat(queries.figures(ADMINISTRATOR, reference, "1.0").recordedByAdministrator()).isEmpty();

        importer.importFile(ADMINISTRATOR, file.replace("\"maxFunding\": 9500", "\"maxFunding\": 9700"));
        assertThat(band(reference)).as("an accepted figure follows the files again").isEqualByComparingTo("9700");
    }

    @Test
    void a_figure_the_file_leaves_out_stays_unknown_never_zero() {
        String reference = newReference();
        importer.importFile(ADMINISTRATOR, """
                {"referenceNumber": "%s", "title": "Sparse", "level": 2, "version": "1.0"}
                """.formatted(reference));

        StandardDetails sparse = standards.find(reference, "1.0").orElseThrow();
        assertThat(sparse.fundingBandMaximum()).isEmpty();
        assertThat(sparse.publishedMinimumOtjHours()).isEmpty();
        assertThat(sparse.typicalDurationMonths()).isEmpty();
        assertThat(sparse.status()).isEmpty();
        assertThat(sparse.retiredOn()).isEmpty();
    }

    @Test
    void the_fetch_imports_the_file_the_standards_api_serves_and_keeps_what_it_changed() throws IOException {
        String reference = newReference();
        served = storedFile(reference);

        ImportRun run = fetch.fetchFrom(address("/api/apprenticeshipstandards"), "The nightly fetch");

        assertThat(run.succeeded()).isTrue();
        assertThat(run.summary()).contains("2 new");
        assertThat(run.details()).anyMatch(line -> line.contains("Minimum off-the-job hours for compliance: not recorded → 412 hours"));
        StandardDetails retired = standards.find(reference, "1.0").orElseThrow();
        assertThat(retired.publishedMinimumOtjHours()).contains(412);
        assertThat(retired.typicalDurationMonths()).contains(18);
        assertThat(retired.status()).contains("Retired");
        assertThat(retired.approvedForDelivery()).contains(LocalDate.of(2020, 2, 3));
        assertThat(retired.retiredOn()).as("the day after the last start date").contains(LocalDate.of(2025, 8, 1));
        assertThat(standards.latest(reference).orElseThrow().fundingBandMaximum()).contains(Money.pounds(13000));
        assertThat(standards.latest(reference).orElseThrow().publishedMinimumOtjHours()).isEmpty();
        assertThat(history(reference, "1.0")).allMatch(h -> h.source() == Source.FETCH
                && h.changedBy().equals("Fetch from localhost"));
        assertThat(runs.recent(10)).extracting(ImportRun::id).contains(run.id());

        ImportRun again = fetch.fetchFrom(address("/api/apprenticeshipstandards"), "The nightly fetch");
        assertThat(again.summary()).contains("0 new, 0 changed");
    }

    @Test
    void a_fetch_that_fails_is_reported_and_applies_nothing() throws IOException {
        ImportRun down = fetch.fetchFrom(address("/down"), "The nightly fetch");
        assertThat(down.succeeded()).isFalse();
        assertThat(down.summary()).isEqualTo("The standards API answered 503 instead of the file, so nothing was imported");

        String reference = newReference();
        served = storedFile(reference).replaceFirst("\"level\": 3", "\"level\": \"three\"");
        ImportRun refused = fetch.fetchFrom(address("/api/apprenticeshipstandards"), "The nightly fetch");

        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.summary()).startsWith("The file was refused, so nothing was imported");
        assertThat(refused.details()).containsExactly(reference + ": field 'level' must be a whole number");
        assertThat(standards.find(reference, "1.1")).as("never half-applied").isEmpty();
        assertThat(runs.recent(10)).extracting(ImportRun::id).contains(down.id(), refused.id());
    }

    @Test
    void only_administrators_fetch_check_or_record_figures() {
        String reference = newReference();
        importer.importFile(ADMINISTRATOR, standard(reference, "1.0", "Guarded"));

        assertThatThrownBy(() -> fetch.fetchNow(TUTOR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importer.checkFile(TUTOR, standard(reference, "1.0", "Guarded")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editor.recordPublishedFigures(TUTOR, reference, "1.0", null, null, null, null, null,
                null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editor.acceptFileFigure(TUTOR, reference, "1.0", Figure.STATUS))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(queries.figures(TUTOR, reference, "1.0").history()).isNotEmpty();
    }

    private List<HistoryEntry> history(String reference, String version) {
        return queries.figures(ADMINISTRATOR, reference, version).history();
    }

    private BigDecimal band(String reference) {
        return standards.find(reference, "1.0").orElseThrow().fundingBandMaximum().orElseThrow().pounds();
    }

    private URI address(String path) {
        return URI.create("http://localhost:" + server.getAddress().getPort() + path);
    }

    private static String storedFile(String reference) throws IOException {
        return new ClassPathResource("catalogue/skills-england-standards.json").getContentAsString(StandardCharsets.UTF_8)
                .replace("{{NEW}}", reference);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
