package waypoint.reporting.internal.caseload;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import waypoint.reporting.internal.KeptInBackground;

/**
 * Each night the caseload overview's signals are worked out for every active apprenticeship and kept, so the head of
 * delivery's overview shows the morning's counts without anyone waiting for them (docs/domain/accountability.md, "The
 * caseload board"). One node at a time: the job's lock, and the working out's own, which "Work out the overview again
 * now" and the first start take too ({@link KeptInBackground}).
 */
@Component
class KeptOverviewNightly {

    static final String BY = "The nightly calculation";

    private final KeptOverview overview;
    private final KeptInBackground background;

    KeptOverviewNightly(KeptOverview overview, KeptInBackground background) {
        this.overview = overview;
        this.background = background;
    }

    @Scheduled(cron = "0 0 2 * * *", zone = "Europe/London")
    @SchedulerLock(name = "caseload-overview", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void nightly() {
        background.onSchedule(overview, BY);
    }
}
