package waypoint.shared.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The event outbox's backlog, read from the event publication registry when Prometheus asks: how many publications
 * are incomplete (an email not yet sent, a listener that failed and will be retried) and how long the oldest has
 * waited. A backlog that only grows means a listener keeps failing, such as the mail server refusing every email.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(Metrics.OUTBOX_INCOMPLETE, this::incomplete)
                .description("Event publications not yet completed (emails to send, listeners to run again)")
                .register(registry);
        Gauge.builder(Metrics.OUTBOX_OLDEST_AGE, this::oldestAgeSeconds)
                .description("How long the oldest incomplete event publication has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    private double incomplete() {
        try {
            return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                    .query(Long.class).single();
        } catch (RuntimeException unreadable) {
            return Double.NaN;
        }
    }

    private double oldestAgeSeconds() {
        try {
            double age = jdbc.sql("""
                    SELECT COALESCE(EXTRACT(EPOCH FROM (now() - min(publication_date))), 0)::float8
                    FROM event_publication WHERE completion_date IS NULL""").query(Double.class).single();
            return age;
        } catch (RuntimeException unreadable) {
            return Double.NaN;
        }
    }
}
