package waypoint.reporting.internal.funding;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import waypoint.reporting.internal.KeptInBackground;

/**
 * Works the funding forecast out whole each night, in Europe/London (a setting,
 * {@code waypoint.funding-forecast.nightly}, as a cron expression): the months to come and the completions overdue
 * move on with the day, and the inputs no event announces (a learner's date of birth, a standard's funding band
 * maximum) are taken up. One node at a time (the job's lock, and the working out's own, which "Work out now" and the
 * first start take too: {@link KeptInBackground}).
 */
@Component
class FundingForecastJob {

    static final String NIGHTLY = "0 50 2 * * *";

    private final KeptForecast kept;
    private final KeptInBackground background;

    FundingForecastJob(KeptForecast kept, KeptInBackground background) {
        this.kept = kept;
        this.background = background;
    }

    @Scheduled(cron = "${waypoint.funding-forecast.nightly:" + NIGHTLY + "}", zone = "Europe/London")
    @SchedulerLock(name = "funding-forecast", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void nightly() {
        background.onSchedule(kept, "The nightly calculation");
    }
}
