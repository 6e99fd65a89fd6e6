package waypoint.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why embedded PostgreSQL did not start and how to use a server instead, in place of a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
        return new FailureAnalysis(
                "Waypoint could not start its embedded PostgreSQL: " + cause.getMessage(),
                """
                Point Waypoint at a PostgreSQL 15+ server instead, for example:
                    WAYPOINT_DB_URL=jdbc:postgresql://localhost:5432/waypoint \\
                    WAYPOINT_DB_USER=waypoint WAYPOINT_DB_PASSWORD=secret ./mvnw spring-boot:run
                When running as root, embedded PostgreSQL needs 'unshare --user' (util-linux) and user namespaces.""",
                cause);
    }
}
