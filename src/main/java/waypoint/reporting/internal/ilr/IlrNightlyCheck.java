package waypoint.reporting.internal.ilr;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night the return being worked on is checked against the official rules and the check kept, so the return's
 * page and the tutors' home pages show the morning's state without anyone asking (docs/domain/ilr.md, "Checking a
 * return before upload"). One node at a time.
 */
@Component
class IlrNightlyCheck {

    static final String BY = "The nightly check";
    private static final Logger log = LoggerFactory.getLogger(IlrNightlyCheck.class);

    private final IlrChecks checks;
    private final IlrChecking checking;

    IlrNightlyCheck(IlrChecks checks, IlrChecking checking) {
        this.checks = checks;
        this.checking = checking;
    }

    @Scheduled(cron = "0 45 1 * * *", zone = "Europe/London")
    @SchedulerLock(name = "ilr-nightly-check", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void nightly() {
        checking.returnToWorkOn().ifPresent(now -> {
            try {
                IlrChecks.Summary done = checks.checkAsSystem(now.year(), now.period(), BY);
                log.info("ILR {} {} checked: {} learners, {} errors, {} warnings", now.year().name(),
                        now.period().name(), done.learners(), done.errors(), done.warnings());
            } catch (RuntimeException failed) {
                log.warn("The nightly check of the ILR {} {} return failed: {}", now.year().name(),
                        now.period().name(), failed.toString());
            }
        });
    }
}
