package waypoint.epa.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import waypoint.feedback.AssessmentAppealDecided;
import waypoint.shared.audit.RecordChanged;

/**
 * The outcome of an EPA appeal, from its feedback case when it closes: shown beside the result, and an upheld appeal
 * lets staff record the EPAO's revised grade. Cases that are not EPA appeals are not ours.
 */
@Component
class EpaAppealOutcomes {

    private final EpaStore store;
    private final ApplicationEventPublisher events;

    EpaAppealOutcomes(EpaStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(AssessmentAppealDecided decided) {
        if (store.appealDecided(decided.feedbackId(), decided.outcome().name(), decided.reason(),
                decided.decidedOn())) {
            events.publishEvent(RecordChanged.updated("EPA appeal", decided.apprenticeshipId().value(), null,
                    decided.reference() + ": " + decided.outcome().label()));
        }
    }
}
