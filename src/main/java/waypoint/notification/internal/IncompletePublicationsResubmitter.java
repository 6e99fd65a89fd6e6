package waypoint.notification.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again every listener whose event publication is still incomplete a minute after it was published: an email
 * whose send failed is retried each minute until it goes, and is never lost. Restarts resubmit them too
 * (spring.modulith.events.republish-outstanding-events-on-restart).
 */
@Component
class IncompletePublicationsResubmitter {

    static final String JOB = "resubmit-incomplete-event-publications";
    /** Long enough that a listener still running for the first time is not started twice. */
    static final Duration MINIMUM_AGE = Duration.ofMinutes(1);

    private final IncompleteEventPublications publications;

    IncompletePublicationsResubmitter(IncompleteEventPublications publications) {
        this.publications = publications;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = JOB, lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    void resubmit() {
        publications.resubmitIncompletePublicationsOlderThan(MINIMUM_AGE);
    }
}
