package waypoint.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * Waypoint's own PostgreSQL is prepared while the rest of Waypoint starts, and the data source takes that server only
 * when it is for the data directory the settings name; a failure to prepare it is the start's failure, as before.
 */
class EmbeddedPostgresStartedEarlyTest {

    @AfterEach
    void nothingLeftRunning() {
        EmbeddedPostgresStartedEarly.stopIfNotTaken();
    }

    @Test
    void with_a_database_server_named_nothing_is_started_early() {
        EmbeddedPostgresStartedEarly.startFrom(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/waypoint")
                .withProperty("waypoint.data-directory", "/tmp/waypoint-data"));

        assertThat(EmbeddedPostgresStartedEarly.take(Path.of("/tmp/waypoint-data"), false)).isEmpty();
    }

    @Test
    void a_data_directory_that_cannot_be_made_fails_the_start_when_the_data_source_takes_the_server() {
        EmbeddedPostgresStartedEarly.startFrom(new MockEnvironment()
                .withProperty("waypoint.data-directory", "/dev/null/waypoint-data"));

        assertThatThrownBy(() -> EmbeddedPostgresStartedEarly.take(Path.of("/dev/null/waypoint-data"), false))
                .isInstanceOf(EmbeddedDatabaseUnavailableException.class);
    }

    @Test
    void the_server_prepared_early_is_taken_for_its_own_data_directory_only_and_answers(@TempDir Path home)
            throws Exception {
        EmbeddedPostgresStartedEarly.startFrom(new MockEnvironment()
                .withProperty("waypoint.data-directory", home.toString()));

        assertThat(EmbeddedPostgresStartedEarly.take(home.resolve("elsewhere"), false)).as("another directory")
                .isEmpty();
        assertThat(EmbeddedPostgresStartedEarly.take(home, true)).as("asked for afresh").isEmpty();
        try (EmbeddedPostgres server = EmbeddedPostgresStartedEarly.take(home, false).orElseThrow()) {
            assertThat(server.dataDirectory()).isEqualTo(home.resolve("postgres"));
            assertThat(Files.exists(server.dataDirectory().resolve("PG_VERSION"))).isTrue();
            try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "")) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
        assertThat(EmbeddedPostgresStartedEarly.take(home, false)).as("taken once").isEmpty();
    }
}
