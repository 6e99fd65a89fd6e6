package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import waypoint.WaypointApplication;
import waypoint.dataprotection.internal.export.ProviderExport;
import waypoint.dataprotection.internal.export.ProviderImport;
import waypoint.shared.files.FileStore;
import waypoint.demo.DemoAccounts;
import waypoint.shared.portability.ProviderDataSource;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The whole provider's data brought into an empty Waypoint (docs/domain/provider-export.md): the demo provider's
 * export goes into a second database the test creates on the same server (migrated as a new installation would be),
 * through each module's own port, and exported again holds the same rows and byte-equal files. Accounts come back
 * invited; the only difference allowed. A second Waypoint started here on that database (beside, not instead of, the
 * shared test context, as the two-nodes test starts its nodes) then shows an apprentice's pages as the first does. A
 * changed or incomplete export, and any export into a Waypoint that already holds data, bring in nothing and say why.
 */
@WaypointTest
class ProviderImportRoundTripTest {

    @Autowired
    ProviderExport export;
    @Autowired
    List<ProviderDataSource> sources;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;
    @Value("${waypoint.data-directory}")
    String dataDirectory;

    String database;
    String url;
    String user;
    SimpleDriverDataSource second;
    final MemoryFileStore secondFiles = new MemoryFileStore();
    final List<Path> aside = new ArrayList<>();

    @BeforeEach
    void a_second_empty_waypoint_database() throws Exception {
        database = "waypoint_import_" + Long.toHexString(System.nanoTime());
        jdbc.sql("CREATE DATABASE " + database).update();
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        url = url.substring(0, url.lastIndexOf('/') + 1) + database;
        second = new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, "");
        Flyway.configure().dataSource(second).locations("classpath:db/migration").outOfOrder(true).load().migrate();
    }

    @AfterEach
    void drop_it() throws IOException {
        jdbc.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
        for (Path p : aside) {
            if (Files.isDirectory(p)) {
                org.springframework.util.FileSystemUtils.deleteRecursively(p);
            } else {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void the_demo_provider_exported_brought_into_an_empty_waypoint_and_exported_again_is_the_same() throws Exception {
        Path first = exportOf(export);
        ProviderImport into = ProviderImport.into(sources, second, secondFiles);

        ProviderImport.Outcome checked = into.check(null, first);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.imported()).isFalse();
        assertThat(checked.rowsByModule()).containsKeys("identity", "organisation", "enrolment", "otj", "portfolio",
                "review");
        assertThat(checked.files()).isPositive();
        assertThat(count("SELECT count(*) FROM learner")).as("the check keeps nothing").isZero();
        assertThat(secondFiles.files).isEmpty();

        ProviderImport.Outcome brought = into.bringIn(null, first);
        assertThat(brought.problems()).isEmpty();
        assertThat(brought.imported()).isTrue();

        Path again = exportOf(ProviderExport.reading(sources, second, secondFiles, clock));
        try (ZipFile before = new ZipFile(first.toFile()); ZipFile after = new ZipFile(again.toFile())) {
            Map<String, ZipEntry> tables = entries(before, "data/", ".jsonl");
            assertThat(entries(after, "data/", ".jsonl").keySet()).isEqualTo(tables.keySet());
            for (String name : tables.keySet()) {
                List<String> was = lines(before, name);
                List<String> is = lines(after, name);
                if (name.equals("data/identity/user_account.jsonl")) {
                    // the one difference: accounts come back invited, to set a password again
                    was = was.stream().map(l -> l.replace("\"status\":\"ACTIVE\"", "\"status\":\"INVITED\""))
                            .sorted().toList();
                    assertThat(is).noneMatch(l -> l.contains("\"status\":\"ACTIVE\""));
                }
                assertThat(is).as(name).isEqualTo(was);
            }
            assertThat(lines(before, "data/review/prior_review.jsonl"))
                    .as("the transferred-in apprentice's reviews with their previous provider are exported").isNotEmpty();
            Map<String, ZipEntry> files = entries(before, "files/", "");
            assertThat(files).isNotEmpty();
            assertThat(entries(after, "files/", "").keySet()).isEqualTo(files.keySet());
            for (String name : files.keySet()) {
                try (InputStream a = before.getInputStream(before.getEntry(name));
                        InputStream b = after.getInputStream(after.getEntry(name))) {
                    assertThat(b.readAllBytes()).as(name).isEqualTo(a.readAllBytes());
                }
            }
        }
        // counters move past the numbers brought in, so the next learner gets a new reference
        Long highest = JdbcClient.create(second).sql(
                "SELECT max(substring(learner_reference FROM 3)::bigint) FROM learner"
                        + " WHERE learner_reference ~ '^WP[0-9]{1,10}$'").query(Long.class).single();
        assertThat(JdbcClient.create(second).sql("SELECT nextval('learner_reference_seq')").query(Long.class)
                .single()).isEqualTo(highest + 1);
        Long audit = JdbcClient.create(second).sql("SELECT max(id) FROM audit_event").query(Long.class).single();
        assertThat(JdbcClient.create(second).sql("SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))")
                .query(Long.class).single()).isEqualTo(audit + 1);

        ProviderImport.Outcome twice = into.check(null, first);
        assertThat(twice.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("already holds a provider's data").contains("organisation learner"));
    }

    /**
     * The round trip compared as people read it: an apprentice's record, training plan, progress reviews (with those
     * held at a previous provider), portfolio and off-the-job pages, the visible text of each page's main content,
     * read by the same administrator in the Waypoint the export came from and in a second Waypoint started on the
     * database it was brought into. Ids are left out of the comparison (they are the same, but a page may print one
     * it made up), nothing else.
     */
    @Test
    void an_apprentice_s_pages_read_the_same_in_the_waypoint_the_export_was_brought_into() throws Exception {
        Path first = exportOf(export);
        Path nodeData = Files.createTempDirectory("waypoint-imported-");
        aside.add(nodeData);
        // the keys that encrypt some columns (second factors, safeguarding, declarations) move with the data, as an
        // operator moving a provider moves them (docs/operations.md); here, the test context's generated key files
        try (var keys = Files.list(Path.of(dataDirectory))) {
            for (Path key : keys.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".key"))
                    .toList()) {
                Files.copy(key, nodeData.resolve(key.getFileName()));
            }
        }
        ConfigurableApplicationContext node = new SpringApplicationBuilder(WaypointApplication.class)
                .profiles("test").run("--server.port=0", "--management.server.port=0",
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--waypoint.data-directory=" + nodeData, "--waypoint.demo.enabled=false",
                        "--management.metrics.use-global-registry=false", "--spring.main.banner-mode=off");
        try {
            // started once, the new Waypoint holds the standards it is installed with: still empty for an export
            assertThat(JdbcClient.create(second).sql("SELECT count(*) FROM standard_version").query(Long.class)
                    .single()).isPositive();
            ProviderImport.Outcome brought = node.getBean(ProviderImport.class).bringIn(null, first);
            assertThat(brought.problems()).isEmpty();
            // the administrator's account came back invited: they set their password again (here, the same one)
            String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE email = :e")
                    .param("e", DemoAccounts.ADMIN.email()).query(String.class).single();
            JdbcClient.create(second).sql("UPDATE user_account SET status = 'ACTIVE', password_hash = :h"
                    + " WHERE email = :e").param("h", hash).param("e", DemoAccounts.ADMIN.email()).update();

            PageClient before = PageClient.signedInAs(port, DemoAccounts.ADMIN);
            PageClient after = PageClient.signedInAs(((WebServerApplicationContext) node).getWebServer().getPort(),
                    DemoAccounts.ADMIN);
            List<String> apprenticeships = new ArrayList<>();
            for (String learner : new String[] {DemoAccounts.LEARNER.email(), "jordan.mensah@learners.test"}) {
                apprenticeships.add(jdbc.sql("SELECT a.id::text FROM enrolment.apprenticeship a"
                        + " JOIN organisation.learner l ON l.id = a.learner_id WHERE l.email = :e"
                        + " ORDER BY a.start_date LIMIT 1").param("e", learner).query(String.class).single());
            }
            for (String id : apprenticeships) {
                for (String page : new String[] {"", "/training-plan", "/reviews", "/portfolio", "/off-the-job"}) {
                    String path = "/apprenticeships/" + id + page;
                    PageClient.Page was = before.get(path);
                    PageClient.Page is = after.get(path);
                    assertThat(was.status()).as(path).isEqualTo(200);
                    assertThat(is.status()).as(path).isEqualTo(200);
                    assertThat(visibleText(is.body())).as(path).isEqualTo(visibleText(was.body()));
                }
            }
            assertThat(visibleText(after.get("/apprenticeships/" + apprenticeships.get(1) + "/reviews").body()))
                    .as("the transferred-in apprentice's reviews with their previous provider came too")
                    .contains("with your previous provider");
        } finally {
            node.close();
        }
    }

    /** What a person reads in a page's main content: its text without tags, ids or spacing. */
    static String visibleText(String html) {
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        String main = start < 0 || end < start ? html : html.substring(start, end);
        return main.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "<id>")
                .replaceAll("\\s+", " ").strip();
    }

    @Test
    void a_changed_or_incomplete_export_brings_nothing_in_and_says_why() throws Exception {
        Path first = exportOf(export);
        ProviderImport into = ProviderImport.into(sources, second, secondFiles);

        Path lineGone = changed(first, "data/organisation/learner.jsonl",
                text -> text.substring(text.indexOf('\n') + 1));
        assertThat(into.bringIn(null, lineGone).problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("organisation, table learner");
            assertThat(p.message()).contains("where its manifest says").contains("incomplete or was changed");
        });

        Path newer = changed(first, "manifest.json",
                text -> text.replace("waypoint-provider-export/1", "waypoint-provider-export/2"));
        assertThat(into.bringIn(null, newer).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("made by a newer Waypoint"));

        Path fileGone = withoutFirstFile(first);
        assertThat(into.bringIn(null, fileGone).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("the export does not hold it"));

        Path unknownRole = changed(first, "data/identity/user_role.jsonl",
                text -> text.replaceFirst("\"role\":\"[A-Z_]+\"", "\"role\":\"ASTRONAUT\""));
        assertThat(into.check(null, unknownRole).problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("identity, table user_role");
            assertThat(p.message()).contains("the role ASTRONAUT, which this Waypoint does not have");
        });

        Path notAZip = Files.createTempFile("not-an-export-", ".zip");
        aside.add(notAZip);
        Files.writeString(notAZip, "learner,uln\n");
        assertThat(into.bringIn(null, notAZip).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a ZIP file"));

        assertThat(count("SELECT count(*) FROM learner")).isZero();
        assertThat(count("SELECT count(*) FROM user_account")).isZero();
        assertThat(secondFiles.files).isEmpty();
    }

    @Test
    void a_waypoint_holding_only_its_own_administrator_and_audit_trail_is_empty_and_keeps_both() throws Exception {
        JdbcClient target = JdbcClient.create(second);
        java.util.UUID setUp = java.util.UUID.randomUUID();
        target.sql("""
                INSERT INTO user_account (id, email, display_name, password_hash, status, created_at)
                VALUES (:id, 'set-up@new-host.test', 'Set Up', 'kept-hash', 'ACTIVE', now())""").param("id", setUp)
                .update();
        target.sql("INSERT INTO user_role (user_id, role) VALUES (:id, 'ADMINISTRATOR')").param("id", setUp).update();
        target.sql("""
                INSERT INTO audit_event (occurred_at, actor_name, record_type, action, sensitive)
                VALUES (now(), 'Set Up', 'User account', 'CREATED', false)""").update();
        Path first = exportOf(export);
        long exportedAudit;
        try (ZipFile zip = new ZipFile(first.toFile())) {
            exportedAudit = lines(zip, "data/audit/audit_event.jsonl").size();
        }

        ProviderImport.Outcome brought = ProviderImport.into(sources, second, secondFiles).bringIn(null, first);

        assertThat(brought.problems()).isEmpty();
        assertThat(target.sql("SELECT status || ' ' || password_hash FROM user_account WHERE id = :id")
                .param("id", setUp).query(String.class).single()).isEqualTo("ACTIVE kept-hash");
        assertThat(count("SELECT count(*) FROM audit_event")).isEqualTo(exportedAudit + 1);
        assertThat(count("SELECT count(*) FROM learner")).isPositive();
    }

    @Test
    void an_account_with_the_email_of_one_of_its_administrators_is_refused_and_nothing_comes_in() throws Exception {
        JdbcClient target = JdbcClient.create(second);
        java.util.UUID own = java.util.UUID.randomUUID();
        target.sql("""
                INSERT INTO user_account (id, email, display_name, status, created_at)
                VALUES (:id, :email, 'Their own', 'ACTIVE', now())""").param("id", own)
                .param("email", waypoint.demo.DemoAccounts.ADMIN.email()).update();
        target.sql("INSERT INTO user_role (user_id, role) VALUES (:id, 'ADMINISTRATOR')").param("id", own).update();

        ProviderImport.Outcome checked = ProviderImport.into(sources, second, secondFiles)
                .check(null, exportOf(export));

        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("identity, table user_account");
            assertThat(p.message()).contains("The database refused a row").contains(
                    waypoint.demo.DemoAccounts.ADMIN.email());
        });
        assertThat(count("SELECT count(*) FROM user_account")).isEqualTo(1);
    }

    private long count(String sql) {
        return JdbcClient.create(second).sql(sql).query(Long.class).single();
    }

    private Path exportOf(ProviderExport from) throws IOException {
        Path zip = Files.createTempFile("provider-export-", ".zip");
        aside.add(zip);
        try (OutputStream out = Files.newOutputStream(zip)) {
            from.write(out);
        }
        return zip;
    }

    private Path changed(Path zip, String entry, java.util.function.UnaryOperator<String> change) throws IOException {
        return rewritten(zip, (name, bytes) -> name.equals(entry)
                ? change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes);
    }

    private Path withoutFirstFile(Path zip) throws IOException {
        String[] gone = {null};
        return rewritten(zip, (name, bytes) -> {
            if (name.startsWith("files/") && gone[0] == null) {
                gone[0] = name;
                return null;
            }
            return bytes;
        });
    }

    private Path rewritten(Path zip, java.util.function.BiFunction<String, byte[], byte[]> each) throws IOException {
        Path out = Files.createTempFile("provider-export-changed-", ".zip");
        aside.add(out);
        try (ZipFile in = new ZipFile(zip.toFile());
                ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = each.apply(e.getName(), s.readAllBytes());
                }
                if (bytes != null) {
                    z.putNextEntry(new ZipEntry(e.getName()));
                    z.write(bytes);
                    z.closeEntry();
                }
            }
        }
        return out;
    }

    private static Map<String, ZipEntry> entries(ZipFile zip, String prefix, String suffix) {
        Map<String, ZipEntry> found = new TreeMap<>();
        Collections.list(zip.entries()).stream().filter(e -> e.getName().startsWith(prefix)
                && e.getName().endsWith(suffix)).forEach(e -> found.put(e.getName(), e));
        return found;
    }

    private static List<String> lines(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).sorted()
                    .toList();
        }
    }

    /** The second Waypoint's file store: in memory, as the test's files are few and small. */
    static final class MemoryFileStore implements FileStore {

        final Map<String, byte[]> files = new ConcurrentHashMap<>();

        @Override
        public String put(InputStream content) throws IOException {
            String id = java.util.UUID.randomUUID().toString().replace("-", "");
            putAs(id, content);
            return id;
        }

        @Override
        public void putAs(String id, InputStream content) throws IOException {
            files.put(id, content.readAllBytes());
        }

        @Override
        public InputStream open(String id) throws IOException {
            byte[] bytes = files.get(id);
            if (bytes == null) {
                throw new java.io.FileNotFoundException(id);
            }
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public long size(String id) throws IOException {
            return open(id).readAllBytes().length;
        }

        @Override
        public void delete(String id) {
            files.remove(id);
        }

        @Override
        public void checkReachable() {
        }
    }
}
