package waypoint.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedDatabaseFailureTest {

    @Test
    void a_data_directory_that_cannot_be_made_stops_start_up_with_advice_to_use_a_server() {
        var failure = catchThrowableOfType(EmbeddedDatabaseUnavailableException.class,
                () -> EmbeddedPostgres.start(Path.of("/dev/null/waypoint-data"), false));

        FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).startsWith("Waypoint could not start its embedded PostgreSQL")
                .contains("/dev/null/waypoint-data");
        assertThat(analysis.getAction()).contains("WAYPOINT_DB_URL", "WAYPOINT_DB_USER", "WAYPOINT_DB_PASSWORD");
    }
}
