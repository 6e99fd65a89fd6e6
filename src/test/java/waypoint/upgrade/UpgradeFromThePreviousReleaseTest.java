package waypoint.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.database.EmbeddedPostgres;

/**
 * The current release starts on a database the previous release migrated and filled (docs/operations.md, "Upgrades":
 * expand, then contract): the demo database of the previous release, kept as a plain SQL dump
 * (src/test/resources/upgrade/README.md), is restored into a fresh PostgreSQL; the current migrations apply on top,
 * every published view still answers, and what the previous release encrypted still opens with its keys.
 * No Spring context: Flyway and SQL, as a node of the new release meets the database first.
 */
class UpgradeFromThePreviousReleaseTest {

    private static final String FIXTURE = "/upgrade/previous-release-demo.sql.gz";
    private static EmbeddedPostgres server;

    @BeforeAll
    static void restoreThePreviousReleasesDatabase() throws Exception {
        server = EmbeddedPostgres.start(Path.of("target/upgrade-test-data"), true);
        try (Connection connection = connect();
                InputStream dump = new GZIPInputStream(UpgradeFromThePreviousReleaseTest.class
                        .getResourceAsStream(FIXTURE))) {
            load(connection, new BufferedReader(new InputStreamReader(dump, StandardCharsets.UTF_8)));
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
            throws SQLException {
        long learnersBefore = count("SELECT count(*) FROM organisation.learner");

        MigrateResult result = Flyway.configure().dataSource(server.jdbcUrl(), server.username(), "")
                .locations("classpath:db/migration").outOfOrder(true).load().migrate();

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
        assertThat(views).contains("organisation.learner", "enrolment.apprenticeship", "safeguarding.concern");
        for (String view : views) {
            count("SELECT count(*) FROM " + view);
        }
    }

    @Test
    void what_the_previous_release_encrypted_still_opens_with_its_keys_after_the_upgrade() throws Exception {
        Flyway.configure().dataSource(server.jdbcUrl(), server.username(), "").locations("classpath:db/migration")
                .outOfOrder(true).load().migrate();
        FieldCipher narratives = new FieldCipher(key("safeguarding.key"), "safeguarding.key", "a safeguarding record");
        int opened = 0;
        try (Connection connection = connect(); Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("SELECT id, kind, description_enc, raised_by_name_enc FROM concern")) {
            while (rs.next()) {
                UUID id = rs.getObject("id", UUID.class);
                assertThat(narratives.decrypt(rs.getBytes("description_enc"), "concern:" + id + ":description"))
                        .isNotBlank();
                assertThat(narratives.decrypt(rs.getBytes("raised_by_name_enc"), "concern:" + id + ":raised_by_name"))
                        .isNotBlank();
                // the previous release's plain kind is still there for the background job to seal
                assertThat(rs.getString("kind")).isNotBlank();
                opened++;
            }
        }
        assertThat(opened).isPositive();
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
