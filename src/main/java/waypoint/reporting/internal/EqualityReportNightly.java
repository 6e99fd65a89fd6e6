package waypoint.reporting.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night the equality report is worked out from every learner's declaration and kept, so its readers see the
 * morning's counts without anyone waiting for every declaration to be opened. One node at a time: the job's lock, and
 * the working out's own, which "Work out the report again now" and the first start take too
 * ({@link KeptInBackground}).
 */
@Component
class EqualityReportNightly {

    static final String BY = "The nightly calculation";

    private final EqualityReport report;
    private final KeptInBackground background;

    EqualityReportNightly(EqualityReport report, KeptInBackground background) {
        this.report = report;
        this.background = background;
    }

    @Scheduled(cron = "0 30 2 * * *", zone = "Europe/London")
    @SchedulerLock(name = "equality-report", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void nightly() {
        background.onSchedule(report, BY);
    }
}
