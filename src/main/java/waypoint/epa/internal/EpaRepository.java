package waypoint.epa.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place a step of an EPA record is saved: it writes the record as the step left it (refused when someone
 * changed it since it was read), then publishes the step's events (docs/domain/gateway-and-epa.md).
 */
@Component
class EpaRepository {

    private final EpaStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    EpaRepository(EpaStore store, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    void save(EpaRecord.Change change) {
        if (change.save()) {
            store.save(change.after(), clock.instant());
        }
        change.events().forEach(events::publishEvent);
    }
}
