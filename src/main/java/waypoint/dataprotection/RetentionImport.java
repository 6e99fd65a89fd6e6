package waypoint.dataprotection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import waypoint.dataprotection.internal.retention.ErasureRequests;
import waypoint.dataprotection.internal.retention.RetentionJob;
import waypoint.dataprotection.internal.retention.RetentionRule;
import waypoint.identity.CurrentUser;

/**
 * Retention and erasure done by the system rather than in the pages (the demo provider's), through the same job and
 * the same checks as the pages (docs/domain/retention.md).
 */
@Service
public class RetentionImport {

    private final RetentionJob job;
    private final ErasureRequests erasures;
    private final JdbcClient jdbc;
    private final Clock clock;

    RetentionImport(RetentionJob job, ErasureRequests erasures, JdbcClient jdbc, Clock clock) {
        this.job = job;
        this.erasures = erasures;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs the nightly job now, once: answers how many records it anonymised or deleted. */
    public int runTheNightlyJobOnce() {
        if (!job.latest(1).isEmpty()) {
            return -1;
        }
        return job.run(clock, "Nightly", EnumSet.allOf(RetentionRule.class)).total();
    }

    /** An erasure request, recorded as the data protection officer would, unless the person already made one. */
    public UUID erasureRequest(CurrentUser officer, String learnerEmail, LocalDate receivedOn, String words) {
        return jdbc.sql("""
                SELECT e.id FROM erasure_request e JOIN organisation.learner l ON l.id = e.learner_id
                WHERE lower(l.email) = lower(:email)""").param("email", learnerEmail).query(UUID.class).optional()
                .orElseGet(() -> erasures.record(officer, learnerEmail, receivedOn, words));
    }
}
