package waypoint.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import waypoint.organisation.internal.learner.PlainDeclarationsSealed;
import waypoint.safeguarding.internal.PlainConcernFieldsSealed;
import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.database.EmbeddedPostgres;

/**
 * The current release starts on a database the previous release migrated and filled (docs/operations.md, "Upgrades":
 * expand, then contract): the demo database of the previous release, kept as a plain SQL dump
 * (src/test/resources/upgrade/README.md), is restored into a fresh PostgreSQL; the current migrations apply on top,
 * every published view still answers, and what the previous release encrypted still opens with its keys.
 * <p>
 * The previous release kept learners' declarations, and a concern's kind, raiser and agency, in plain columns, which
 * this release drops (docs/adr/0012-envelope-encryption-with-tink.md, "Contract"): Waypoint seals every such value
 * just before the drop, and the drop refuses to run while one is left plain.
 * No Spring context: Flyway and SQL, as a node of the new release meets the database first, with the callbacks
 * Waypoint hands Flyway and the keys it would use.
 */
class UpgradeFromThePreviousReleaseTest {

    private static final String FIXTURE = "/upgrade/previous-release-demo.sql.gz";
    /** The declarations key of the new release: the previous one kept declarations in plain text, with no key. */
    private static final String DECLARATIONS_KEY = Base64.getEncoder()
            .encodeToString(new SecureRandom().generateSeed(32));
    private static EmbeddedPostgres server;
    private static Map<UUID, List<String>> plainDeclarations;
    private static Map<UUID, List<String>> plainConcerns;
    private static Map<UUID, String> plainAgencies;

    @BeforeAll
    static void restoreThePreviousReleasesDatabase() throws Exception {
        server = EmbeddedPostgres.start(Path.of("target/upgrade-test-data"), true);
        try (Connection connection = connect();
                InputStream dump = new GZIPInputStream(UpgradeFromThePreviousReleaseTest.class
                        .getResourceAsStream(FIXTURE))) {
            load(connection, new BufferedReader(new InputStreamReader(dump, StandardCharsets.UTF_8)));
        }
        plainDeclarations = rows("""
                SELECT learner_id, health_declaration, health_details, ethnicity, sex, religion, sexual_orientation
                FROM learner_declaration""");
        plainConcerns = rows("SELECT id, kind, raised_by_account_id FROM concern");
        plainAgencies = new HashMap<>();
        rows("SELECT id, agency FROM concern_entry WHERE agency IS NOT NULL")
                .forEach((id, values) -> plainAgencies.put(id, values.get(0)));
        // a copy to migrate without Waypoint's callbacks (made from another database: a template has no connections)
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl().replace("/postgres", "/template1"),
                server.username(), ""); Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE migrated_alone TEMPLATE postgres");
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void the_current_migrations_apply_on_the_previous_release_s_data_and_every_published_view_answers()
            throws Exception {
        long learnersBefore = count("SELECT count(*) FROM organisation.learner");

        MigrateResult result = migrate();

        assertThat(result.success).isTrue();
        assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE NOT success")).isZero();
        assertThat(count("SELECT count(*) FROM organisation.learner")).isEqualTo(learnersBefore).isPositive();
        assertThat(count("SELECT count(*) FROM enrolment.apprenticeship")).isPositive();
        List<String> views = new ArrayList<>();
        try (Connection connection = connect(); Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("""
                        SELECT table_schema || '.' || table_name FROM information_schema.views
                        WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'public')""")) {
            while (rs.next()) {
                views.add(rs.getString(1));
            }
        }
        assertThat(views).contains("organisation.learner", "enrolment.apprenticeship", "safeguarding.concern",
                "organisation.learner_declaration");
        for (String view : views) {
            count("SELECT count(*) FROM " + view);
        }
    }

    @Test
    void every_value_the_previous_release_kept_in_plain_text_opens_sealed_after_the_upgrade_and_no_plain_column_is_left()
            throws Exception {
        assertThat(plainDeclarations).isNotEmpty();
        assertThat(plainConcerns).isNotEmpty();
        assertThat(plainAgencies).isNotEmpty();

        migrate();

        assertThat(count("""
                SELECT count(*) FROM information_schema.columns
                WHERE table_schema = 'public' AND (
                      table_name = 'learner_declaration' AND column_name IN ('health_declaration', 'health_details',
                          'ethnicity', 'sex', 'religion', 'sexual_orientation')
                   OR table_name = 'concern' AND column_name IN ('kind', 'raised_by_account_id')
                   OR table_name = 'concern_entry' AND column_name = 'agency')""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM information_schema.columns WHERE table_schema IN ('organisation', 'safeguarding')
                  AND table_name IN ('learner_declaration', 'concern')
                  AND column_name IN ('health_declaration', 'ethnicity', 'sex', 'religion', 'sexual_orientation',
                      'kind')""")).isZero();

        FieldCipher declarations = new FieldCipher(DECLARATIONS_KEY, "WAYPOINT_DECLARATIONS_KEY", "declarations");
        Map<UUID, List<String>> opened = new HashMap<>();
        rows("SELECT learner_id, answers_enc FROM learner_declaration").forEach((learner, values) -> {
            Properties answers = new Properties();
            try {
                answers.load(new StringReader(declarations.decrypt(HexFormat.of().parseHex(values.get(0)
                        .substring(2)), "learner_declaration:" + learner + ":answers")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            opened.put(learner, Stream.of("health_declaration", "health_details", "ethnicity", "sex", "religion",
                    "sexual_orientation").map(answers::getProperty).toList());
        });
        assertThat(opened).isEqualTo(plainDeclarations);

        FieldCipher narratives = new FieldCipher(key("safeguarding.key"), "safeguarding.key", "a safeguarding record");
        int concerns = 0;
        try (Connection connection = connect(); Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("""
                        SELECT id, kind_enc, raised_by_account_enc, description_enc, raised_by_name_enc FROM concern""")) {
            while (rs.next()) {
                UUID id = rs.getObject("id", UUID.class);
                assertThat(narratives.decrypt(rs.getBytes("description_enc"), "concern:" + id + ":description"))
                        .isNotBlank();
                assertThat(narratives.decrypt(rs.getBytes("raised_by_name_enc"), "concern:" + id + ":raised_by_name"))
                        .isNotBlank();
                assertThat(List.of(narratives.decrypt(rs.getBytes("kind_enc"), "concern:" + id + ":kind"),
                        narratives.decrypt(rs.getBytes("raised_by_account_enc"), "concern:" + id + ":raised_by_account")))
                        .isEqualTo(plainConcerns.get(id));
                concerns++;
            }
        }
        assertThat(concerns).isEqualTo(plainConcerns.size());
        Map<UUID, String> agencies = new HashMap<>();
        try (Connection connection = connect(); Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("SELECT id, agency_enc FROM concern_entry WHERE agency_enc IS NOT NULL")) {
            while (rs.next()) {
                UUID id = rs.getObject("id", UUID.class);
                agencies.put(id, narratives.decrypt(rs.getBytes("agency_enc"), "concern-entry:" + id + ":agency"));
            }
        }
        assertThat(agencies).isEqualTo(plainAgencies);
    }

    @Test
    void migrations_applied_without_waypoint_stop_before_dropping_a_plain_value_and_say_what_to_run() throws Exception {
        String alone = server.jdbcUrl().replace("/postgres", "/migrated_alone");

        assertThatThrownBy(() -> Flyway.configure().dataSource(alone, server.username(), "")
                .locations("classpath:db/migration").outOfOrder(true).load().migrate())
                .hasStackTraceContaining("learners' declarations are still in plain text")
                .hasStackTraceContaining("Start Waypoint of this release");

        try (Connection connection = DriverManager.getConnection(alone, server.username(), "");
                Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("SELECT count(*) FROM learner_declaration WHERE ethnicity IS NOT NULL")) {
            rs.next();
            assertThat(rs.getLong(1)).as("plain answers still there").isPositive();
        }
    }

    /** The migrations as a node of this release applies them: with the callbacks that seal before a drop. */
    private static MigrateResult migrate() throws IOException {
        return Flyway.configure().dataSource(server.jdbcUrl(), server.username(), "")
                .locations("classpath:db/migration").outOfOrder(true)
                .callbacks(new PlainDeclarationsSealed(new FieldCipher(DECLARATIONS_KEY, "WAYPOINT_DECLARATIONS_KEY",
                                "declarations")),
                        new PlainConcernFieldsSealed(new FieldCipher(key("safeguarding.key"),
                                "WAYPOINT_SAFEGUARDING_KEY", "a safeguarding record")))
                .load().migrate();
    }

    /** Each row's first column, and the rest as text. */
    private static Map<UUID, List<String>> rows(String query) throws SQLException {
        Map<UUID, List<String>> rows = new HashMap<>();
        try (Connection connection = connect(); Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 2; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.put(rs.getObject(1, UUID.class), values);
            }
        }
        return rows;
    }

    private static String key(String file) throws IOException {
        try (InputStream in = UpgradeFromThePreviousReleaseTest.class.getResourceAsStream("/upgrade/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
    }

    private static long count(String query) throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Runs a plain pg_dump script on one connection: statements end with a semicolon outside dollar quotes, COPY's
     * data goes through the driver's COPY support, and psql's own commands (lines starting with a backslash) are
     * skipped.
     */
    static void load(Connection connection, BufferedReader script) throws IOException, SQLException {
        StringBuilder statement = new StringBuilder();
        boolean inDollarQuote = false;
        try (Statement sql = connection.createStatement()) {
            String line;
            while ((line = script.readLine()) != null) {
                if (statement.isEmpty() && !inDollarQuote) {
                    if (line.isBlank() || line.startsWith("--") || line.startsWith("\\")) {
                        continue;
                    }
                    if (line.startsWith("COPY ") && line.endsWith("FROM stdin;")) {
                        StringBuilder data = new StringBuilder();
                        String row;
                        while (!(row = script.readLine()).equals("\\.")) {
                            data.append(row).append('\n');
                        }
                        connection.unwrap(PGConnection.class).getCopyAPI()
                                .copyIn(line.substring(0, line.length() - 1), new StringReader(data.toString()));
                        continue;
                    }
                }
                statement.append(line).append('\n');
                int from = 0;
                while ((from = line.indexOf("$$", from)) >= 0) {
                    inDollarQuote = !inDollarQuote;
                    from += 2;
                }
                if (!inDollarQuote && line.endsWith(";")) {
                    sql.execute(statement.toString());
                    statement.setLength(0);
                }
            }
        }
    }
}
