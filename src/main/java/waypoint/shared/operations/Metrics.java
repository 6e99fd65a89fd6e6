package waypoint.shared.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Waypoint's own counters, named in one place (docs/operations.md lists them as Prometheus shows them). Requests,
 * the database pool and scheduled job runs are counted by Spring Boot and Micrometer themselves.
 */
@Component
public class Metrics {

    /** Emails by outcome: {@code sent} (by SMTP), {@code captured} (no mail server: kept in the local outbox), {@code failed}. */
    public static final String EMAILS = "waypoint.emails";
    /** Refused sign-ins by {@code channel} (page, api) and {@code reason} (bad_credentials, locked, other). */
    public static final String SIGN_IN_FAILURES = "waypoint.sign.in.failures";
    /** Event publications not yet completed: emails and other listeners still to run, or failed and to be retried. */
    public static final String OUTBOX_INCOMPLETE = "waypoint.outbox.incomplete";
    /** How long the oldest incomplete event publication has waited. */
    public static final String OUTBOX_OLDEST_AGE = "waypoint.outbox.oldest.age";
    /**
     * Sealed values not yet an envelope under the newest key, by {@code data} and {@code column} (the rotation job's
     * progress after a new key is put first; 0 when done).
     */
    public static final String SEALED_AWAITING = "waypoint.encryption.awaiting";
    /** Each run of a scheduled job, with its outcome, as Spring's scheduler records it. */
    public static final String SCHEDULED_JOBS = "tasks.scheduled.execution";

    private final MeterRegistry registry;

    public Metrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts that go nowhere: for code used outside the application, such as a unit test. */
    public static Metrics discarding() {
        return new Metrics(new SimpleMeterRegistry());
    }

    /** Adds one to the counter {@code name} with the given tags (key, value, key, value...). */
    public void count(String name, String... tags) {
        registry.counter(name, tags).increment();
    }
}
