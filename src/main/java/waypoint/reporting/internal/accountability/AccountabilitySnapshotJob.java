package waypoint.reporting.internal.accountability;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import waypoint.reporting.internal.KeptInBackground;

/**
 * Keeps the accountability figures current without anyone asking (docs/domain/accountability.md, "When the figures
 * are calculated"): each night, and every hour from 8am to 6pm on weekdays, in Europe/London. Both are settings
 * ({@code waypoint.accountability.nightly}, {@code waypoint.accountability.working-hours}, as cron expressions); the
 * page calls the figures out of date when a run that was due has not replaced them. One node at a time (the job's
 * lock, and the calculation's own, which a "Recalculate now" also takes).
 */
@Component
class AccountabilitySnapshotJob {

    static final String NIGHTLY = "0 20 2 * * *";
    static final String WORKING_HOURS = "0 0 8-18 * * MON-FRI";

    private final AccountabilitySnapshots snapshots;

    AccountabilitySnapshotJob(AccountabilitySnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Scheduled(cron = "${waypoint.accountability.nightly:" + NIGHTLY + "}", zone = "Europe/London")
    @SchedulerLock(name = "accountability-snapshot", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void nightly() {
        run();
    }

    @Scheduled(cron = "${waypoint.accountability.working-hours:" + WORKING_HOURS + "}", zone = "Europe/London")
    @SchedulerLock(name = "accountability-snapshot", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void inWorkingHours() {
        run();
    }

    private void run() {
        KeptInBackground.logged("accountability figures (on schedule)", snapshots::calculateOnSchedule);
    }
}
