package waypoint.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.identity.AccountSummary;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.files.FileStore;
import waypoint.support.WaypointTest;

/**
 * The backup command against Waypoint itself, while it runs: an account made a moment before and an uploaded file
 * are in the backup, and the restored data directory has the whole database at the same migration.
 */
@WaypointTest
class BackupOfARunningWaypointTest {

    @Value("${waypoint.data-directory}")
    Path home;
    @Autowired
    UserAccounts accounts;
    @Autowired
    FileStore files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_backup_of_the_running_application_restores_its_accounts_files_and_migrations_into_an_empty_directory()
            throws Exception {
        AccountSummary person = accounts.create("backup-" + UUID.randomUUID() + "@ops.test", "Bea Backup",
                Set.of(Role.TUTOR));
        String fileId = files.put(new ByteArrayInputStream("a certificate".getBytes(StandardCharsets.UTF_8)));
        Path scratch = Path.of("target/backup-of-waypoint").toAbsolutePath();
        delete(scratch);
        Files.createDirectories(scratch);
        Path archive = scratch.resolve("waypoint.tar.gz");

        DataDirectoryBackup.backup(home, home.resolve("files"), archive, clock);
        Path restored = scratch.resolve("restored");
        DataDirectoryBackup.restore(archive, restored, restored.resolve("files"));

        assertThat(Files.readString(restored.resolve("files").resolve(fileId.substring(0, 2))
                .resolve(fileId.substring(2, 4)).resolve(fileId))).isEqualTo("a certificate");
        String liveMigration = jdbc.sql("SELECT max(installed_rank) FROM flyway_schema_history").query(String.class)
                .single();
        try (EmbeddedPostgres server = EmbeddedPostgres.start(restored, false);
                Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "")) {
            assertThat(one(connection, "SELECT email FROM user_account WHERE id = ?", person.id()))
                    .isEqualTo(person.email());
            assertThat(one(connection, "SELECT max(installed_rank)::text FROM flyway_schema_history", null))
                    .isEqualTo(liveMigration);
        }
    }

    private static String one(Connection connection, String query, UUID parameter) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            if (parameter != null) {
                statement.setObject(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static void delete(Path path) throws Exception {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }
}
