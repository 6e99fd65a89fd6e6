package waypoint.shared.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The database connections of a provider-wide report: while a report is being prepared on a thread ({@link #during}),
 * every connection it takes comes from a small pool of its own whose sessions run PostgreSQL's queries without
 * parallel workers ({@code max_parallel_workers_per_gather}, default 0: {@code waypoint.reports.parallel-workers}).
 * Reports run a few at a time on a node ({@code ProviderWideReportsAtOnce}) so that the pages people use while working
 * always have a processor; a report's query given two parallel workers would take three processes, the whole of a
 * 2-core machine, and undo that (docs/performance.md, "What the run shows (session 18)"). Every other connection is the
 * application's own pool's, untouched.
 * <p>
 * The connections are the pools' own (no proxy of ours around them), so {@code unwrap} to the driver's connection
 * works as before.
 */
public final class ReportConnections extends DelegatingDataSource implements AutoCloseable {

    private static final ThreadLocal<Boolean> PREPARING_A_REPORT = new ThreadLocal<>();

    private final HikariDataSource working;
    private final HikariDataSource reports;

    ReportConnections(HikariDataSource working, int parallelWorkers) {
        super(working);
        this.working = working;
        HikariConfig config = new HikariConfig();
        working.copyStateTo(config);
        config.setPoolName(working.getPoolName() + "-reports");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setConnectionInitSql("SET max_parallel_workers_per_gather = " + parallelWorkers);
        this.reports = new HikariDataSource(config);
    }

    /** A report being prepared on this thread until the returned scope is closed (nested scopes are one). */
    public static Scope during() {
        if (Boolean.TRUE.equals(PREPARING_A_REPORT.get())) {
            return () -> {
            };
        }
        PREPARING_A_REPORT.set(Boolean.TRUE);
        return PREPARING_A_REPORT::remove;
    }

    /** Whether a report is being prepared on this thread. */
    static boolean preparingAReport() {
        return Boolean.TRUE.equals(PREPARING_A_REPORT.get());
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool().getConnection(username, password);
    }

    private DataSource pool() {
        return preparingAReport() ? reports : working;
    }

    /** Closes the reports' pool, then the application's. */
    @Override
    public void close() {
        reports.close();
        working.close();
    }

    /** Where a report is being prepared: closing it ends it, and throws nothing. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
