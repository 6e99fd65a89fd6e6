package waypoint.reporting.internal.funding;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works the funding forecast out whole each night, in Europe/London (a setting,
 * {@code waypoint.funding-forecast.nightly}, as a cron expression): the months to come and the completions overdue move on with the day, and the inputs no event
 * announces (a learner's date of birth, a standard's funding band maximum) are taken up. One node at a time (the job's
 * lock, and the forecast's own, which "Work out now" and a line brought up to date also take).
 */
@Component
class FundingForecastJob {

    static final String NIGHTLY = "0 50 2 * * *";
    private static final Logger log = LoggerFactory.getLogger(FundingForecastJob.class);

    private final KeptForecast kept;

    FundingForecastJob(KeptForecast kept) {
        this.kept = kept;
    }

    @Scheduled(cron = "${waypoint.funding-forecast.nightly:" + NIGHTLY + "}", zone = "Europe/London")
    @SchedulerLock(name = "funding-forecast", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void nightly() {
        try {
            kept.workOut("The nightly calculation");
        } catch (RuntimeException failed) {
            log.warn("The nightly calculation of the funding forecast failed: {}", failed.toString());
        }
    }
}
