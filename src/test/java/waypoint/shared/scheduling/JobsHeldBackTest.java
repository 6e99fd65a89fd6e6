package waypoint.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * While data is loaded in bulk, no scheduled job is given its lock, so none acts on a half-filled database; every job
 * takes a lock first (EveryScheduledJobIsLockedTest), so the hold covers them all.
 */
class JobsHeldBackTest {

    private final java.util.concurrent.atomic.AtomicBoolean databaseAsked = new java.util.concurrent.atomic.AtomicBoolean();
    private final JobsHeldBack jobs = new JobsHeldBack();
    private final LockProvider locks = new SchedulerLockConfiguration().lockProvider(unreachableDatabase(), jobs);
    private final LockConfiguration reviewJob = new LockConfiguration(Instant.parse("2026-12-06T10:00:00Z"),
            "review-scheduling", Duration.ofMinutes(10), Duration.ZERO);

    @Test
    void a_job_is_not_given_its_lock_while_jobs_are_held_back() {
        try (var hold = jobs.hold()) {
            assertThat(locks.lock(reviewJob)).isEmpty();
        }
        assertThat(databaseAsked).isFalse();
    }

    @Test
    void jobs_are_held_back_until_every_hold_is_closed() {
        var loading = jobs.hold();
        var anotherLoad = jobs.hold();
        loading.close();
        loading.close();
        assertThat(jobs.holding()).isTrue();
        assertThat(locks.lock(reviewJob)).isEmpty();

        anotherLoad.close();
        assertThat(jobs.holding()).isFalse();
    }

    @Test
    void once_released_a_job_asks_the_database_for_its_lock() {
        jobs.hold().close();
        org.assertj.core.api.Assertions.catchThrowable(() -> locks.lock(reviewJob));
        assertThat(databaseAsked).isTrue();
    }

    private DataSource unreachableDatabase() {
        return new AbstractDataSource() {
            @Override
            public java.sql.Connection getConnection() throws java.sql.SQLException {
                databaseAsked.set(true);
                throw new java.sql.SQLException("the database was asked");
            }

            @Override
            public java.sql.Connection getConnection(String user, String password) throws java.sql.SQLException {
                return getConnection();
            }
        };
    }
}
