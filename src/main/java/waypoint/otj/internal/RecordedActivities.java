package waypoint.otj.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import waypoint.otj.OffTheJobActivityRecorded;
import waypoint.shared.web.FieldValidationException;

/**
 * Entries other modules add by event: the same rules as any entry; one that breaks them is not added, and the reason is
 * logged for the module that sent it. A repeated event adds nothing (source + reference).
 */
@Component
class RecordedActivities {

    private static final Logger log = LoggerFactory.getLogger(RecordedActivities.class);

    private final OtjEntries entries;

    RecordedActivities(OtjEntries entries) {
        this.entries = entries;
    }

    @ApplicationModuleListener
    void on(OffTheJobActivityRecorded recorded) {
        EntryDraft draft = new EntryDraft(recorded.date(), recorded.startTime(), recorded.endTime(),
                recorded.startTime() == null ? java.math.BigDecimal.valueOf(recorded.minutes()) : null,
                recorded.activityType(), recorded.description(), recorded.ksbs(), null);
        try {
            entries.record(recorded.apprenticeshipId(), recorded.source(), recorded.sourceReference(), draft);
        } catch (FieldValidationException refused) {
            log.warn("Off-the-job activity from {} ({}) not added: {}", recorded.source(), recorded.sourceReference(),
                    refused.errors());
        }
    }
}
