package waypoint.reporting.internal.evidence;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import waypoint.reporting.internal.KeptInBackground;

/**
 * Each night the known funding risks are worked out for every apprenticeship and kept, so the risk list shows the
 * morning's findings without anyone waiting for them (docs/domain/audit-and-inspection.md, "Known risks"). One node
 * at a time: the job's lock, and the working out's own, which "Work out the risks again now" and the first start take
 * too ({@link KeptInBackground}).
 */
@Component
class KeptRisksNightly {

    static final String BY = "The nightly check";

    private final KeptRisks risks;
    private final KeptInBackground background;

    KeptRisksNightly(KeptRisks risks, KeptInBackground background) {
        this.risks = risks;
        this.background = background;
    }

    @Scheduled(cron = "0 15 1 * * *", zone = "Europe/London")
    @SchedulerLock(name = "funding-risk-list", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void nightly() {
        background.onSchedule(risks, BY);
    }
}
