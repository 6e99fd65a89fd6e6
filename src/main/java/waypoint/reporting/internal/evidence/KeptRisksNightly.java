package waypoint.reporting.internal.evidence;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night the known funding risks are worked out for every apprenticeship and kept, so the risk list shows the
 * morning's findings without anyone waiting for them (docs/domain/audit-and-inspection.md, "Known risks"). One node
 * at a time: the job's lock, and the working out's own, which "Work out again now" also takes.
 */
@Component
class KeptRisksNightly {

    static final String BY = "The nightly check";
    private static final Logger log = LoggerFactory.getLogger(KeptRisksNightly.class);

    private final KeptRisks risks;

    KeptRisksNightly(KeptRisks risks) {
        this.risks = risks;
    }

    /**
     * A new installation (the demo, a filled reference data set) has its risk list from its first start, not only
     * after its first night: worked out in the background once the start's own work is done, when none is kept yet.
     */
    @org.springframework.scheduling.annotation.Async
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void atFirstStart() {
        if (risks.workedOut().isPresent()) {
            return;
        }
        try {
            risks.workOutAsSystem("Worked out at the first start");
        } catch (RuntimeException failed) {
            log.warn("The funding risks could not be worked out at the first start: {}", failed.toString());
        }
    }

    @Scheduled(cron = "0 15 1 * * *", zone = "Europe/London")
    @SchedulerLock(name = "funding-risk-list", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void nightly() {
        try {
            risks.workOutAsSystem(BY).ifPresent(done -> log.info("Funding risks worked out for {} apprenticeships",
                    done.apprenticeships()));
        } catch (RuntimeException failed) {
            log.warn("The nightly working out of the funding risks failed: {}", failed.toString());
        }
    }
}
