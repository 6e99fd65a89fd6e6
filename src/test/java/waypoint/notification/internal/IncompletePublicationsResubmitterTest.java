package waypoint.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.support.WaypointTest;

@WaypointTest
class IncompletePublicationsResubmitterTest {

    @Autowired
    IncompletePublicationsResubmitter resubmitter;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_resubmission_job_runs_under_a_shedlock_lock_so_only_one_node_runs_it_at_a_time() {
        resubmitter.resubmit();

        record Lock(Instant lockedAt, Instant lockUntil, String lockedBy) {
        }
        Lock lock = jdbc.sql("SELECT locked_at, lock_until, locked_by FROM shedlock WHERE name = :name")
                .param("name", IncompletePublicationsResubmitter.JOB).query(Lock.class).single();
        assertThat(lock.lockedBy()).isNotBlank();
        // released, but held for at least 30 seconds from the start so a node with a fast clock does not run it again
        assertThat(lock.lockUntil()).isAfterOrEqualTo(lock.lockedAt().plusSeconds(29));
    }
}
