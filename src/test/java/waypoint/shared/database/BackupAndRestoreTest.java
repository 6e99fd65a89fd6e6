package waypoint.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default run's backup: the embedded database and the uploaded files, taken while the database runs, restored
 * into an empty data directory, where a PostgreSQL started on it finds every row and the files are back. Uses
 * PostgreSQL servers of its own (not the test run's database nor a second Spring context).
 */
class BackupAndRestoreTest {

    private static final Path ROOT = Path.of("target/backup-test").toAbsolutePath();
    private static final Path LIVE = ROOT.resolve("live");
    private static final String FILE_ID = "ab12cd34ef56ab12cd34ef56ab12cd34";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T22:00:00Z"), ZoneId.of("Europe/London"));
    private static EmbeddedPostgres live;

    @BeforeAll
    static void aDataDirectoryInUse() throws Exception {
        delete(ROOT);
        live = EmbeddedPostgres.start(LIVE, true);
        try (Connection connection = DriverManager.getConnection(live.jdbcUrl(), live.username(), "");
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA organisation");
            sql.execute("CREATE TABLE learner (id int PRIMARY KEY, given_name text NOT NULL)");
            sql.execute("CREATE VIEW organisation.learner AS SELECT id FROM learner");
            sql.execute("INSERT INTO learner VALUES (1, 'Priya'), (2, 'Tom')");
        }
        Path file = LIVE.resolve("files").resolve(FILE_ID.substring(0, 2)).resolve(FILE_ID.substring(2, 4))
                .resolve(FILE_ID);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "evidence of a learner's project");
        Files.writeString(file.resolveSibling("upload-123.part"), "half an upload");
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    @Test
    void a_backup_taken_while_waypoint_runs_restores_into_an_empty_data_directory_with_its_rows_and_files()
            throws Exception {
        Path archive = ROOT.resolve("waypoint-backup.tar.gz");
        DataDirectoryBackup.Summary taken = DataDirectoryBackup.backup(LIVE, LIVE.resolve("files"), archive, CLOCK);
        assertThat(taken.files()).isEqualTo(1);
        assertThat(rows(live, "SELECT count(*) FROM learner")).as("the running server is left running").isEqualTo("2");
        try (Connection connection = DriverManager.getConnection(live.jdbcUrl(), live.username(), "");
                Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO learner VALUES (3, 'After the backup')");
        }

        Path empty = ROOT.resolve("restored");
        DataDirectoryBackup.Summary restored = DataDirectoryBackup.restore(archive, empty, empty.resolve("files"));

        assertThat(restored.takenAt()).isEqualTo(taken.takenAt()).isEqualTo(CLOCK.instant());
        assertThat(restored.files()).isEqualTo(1);
        assertThat(Files.readString(empty.resolve("files/ab/12/" + FILE_ID))).isEqualTo("evidence of a learner's project");
        assertThat(empty.resolve("files/ab/12/upload-123.part")).doesNotExist();
        try (EmbeddedPostgres again = EmbeddedPostgres.start(empty, false)) {
            assertThat(rows(again, "SELECT string_agg(given_name, ',' ORDER BY id) FROM learner")).isEqualTo("Priya,Tom");
            assertThat(rows(again, "SELECT count(*) FROM organisation.learner")).isEqualTo("2");
        }
    }

    @Test
    void a_restore_never_goes_over_a_data_directory_in_use() throws Exception {
        Path archive = ROOT.resolve("refused.tar.gz");
        DataDirectoryBackup.backup(LIVE, LIVE.resolve("files"), archive, CLOCK);

        assertThatThrownBy(() -> DataDirectoryBackup.restore(archive, LIVE, LIVE.resolve("files")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not empty");
        assertThat(rows(live, "SELECT count(*) FROM learner WHERE id <= 2")).isEqualTo("2");
    }

    @Test
    void the_command_names_its_usage_and_sends_a_server_of_one_s_own_to_its_own_backups() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

        assertThat(BackupCommand.handles(new String[] {"backup", "x.tar.gz"})).isTrue();
        assertThat(BackupCommand.handles(new String[] {"--server.port=9000"})).isFalse();
        assertThat(BackupCommand.run(new String[] {"backup"}, Map.of(), print, CLOCK)).isEqualTo(2);
        assertThat(BackupCommand.run(new String[] {"backup", "x.tar.gz"},
                Map.of("WAYPOINT_DB_URL", "jdbc:postgresql://db/waypoint"), print, CLOCK)).isEqualTo(2);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar waypoint.jar backup",
                "back it up with that server's own tools");
    }

    private static String rows(EmbeddedPostgres server, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
                Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }
}
