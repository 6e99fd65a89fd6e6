package waypoint.reporting.internal.accountability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.time.GovUkDates;

/**
 * The kept accountability figures (docs/domain/accountability.md, "When the figures are calculated"). One snapshot of
 * the provider's figures at a time, worked out from the facts of every apprenticeship in two set-based reads of the
 * published views, the sums done in memory ({@link SnapshotCalculation}) and written with {@code COPY}; kept in place
 * of the previous one in one transaction, so a reader sees one whole snapshot or the other.
 *
 * <p>Calculated each night and every hour in working hours ({@link AccountabilitySnapshotJob}), by whoever may read
 * the figures pressing "Recalculate now" (in the audit trail), and on the first view when there is none yet. One
 * calculation at a time across every node: a second press while one runs does not start another.
 */
@Service
public class AccountabilitySnapshots {

    private static final Logger log = LoggerFactory.getLogger(AccountabilitySnapshots.class);
    /** The audit trail's record type for a recalculation asked for by someone. */
    static final String RECORD_TYPE = "accountability figures";
    /** How long after a scheduled calculation was due the figures are called out of date (it takes a while). */
    static final Duration GRACE = Duration.ofMinutes(30);

    private final ApprenticeshipFacts facts;
    private final SnapshotStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final List<CronExpression> schedule;

    AccountabilitySnapshots(ApprenticeshipFacts facts, SnapshotStore store, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactions,
            @Value("${waypoint.accountability.nightly:" + AccountabilitySnapshotJob.NIGHTLY + "}") String nightly,
            @Value("${waypoint.accountability.working-hours:" + AccountabilitySnapshotJob.WORKING_HOURS + "}")
            String workingHours) {
        this.facts = facts;
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        // the header and the figures of one snapshot, even if another replaces it meanwhile
        this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.schedule = List.of(CronExpression.parse(nightly), CronExpression.parse(workingHours));
    }

    /** The snapshot kept: when, up to which day, how many apprenticeships, by whom. */
    public record Kept(UUID id, Instant calculatedAt, LocalDate asAt, int apprenticeships, int tookMs,
            String calculatedBy) {

        /** The years the snapshot offers, newest first. */
        public List<AcademicYear> years() {
            return SnapshotCalculation.years(asAt);
        }
    }

    /** What a request to recalculate did: calculated (with the new snapshot), or left to the one already running. */
    public record Recalculation(boolean calculated, Optional<Kept> kept) {
    }

    /**
     * Recalculates now for someone who may read the figures (the button, the API): in the audit trail. Another
     * calculation running (here or on another node) is left to finish: nothing more is started.
     */
    public Recalculation recalculate(CurrentUser user) {
        AccountabilityReport.requireReaderOf(user);
        Optional<Kept> done = calculate(clock, "Recalculated by " + user.displayName(), false);
        done.ifPresent(k -> events.publishEvent(RecordChanged.created(RECORD_TYPE, k.id(),
                "Recalculated on request: " + k.apprenticeships() + " apprenticeships, figures as at "
                        + GovUkDates.time(k.calculatedAt()))));
        return new Recalculation(done.isPresent(), done.isPresent() ? done : latest());
    }

    /** The scheduled calculation (one node at a time: the job's lock and this one's). */
    Optional<Kept> calculateOnSchedule() {
        return calculate(clock, "The scheduled calculation", false);
    }

    /**
     * The snapshot kept, or, when there is none yet (a provider's first view), one calculated now: a second viewer
     * meanwhile waits for it rather than starting another.
     */
    Kept latestOrCalculate() {
        return latest().orElseGet(() -> calculate(clock, "Calculated when the figures were first opened", true)
                .orElseThrow());
    }

    /**
     * Works out and keeps a snapshot on the clock's day. {@code wait}: wait for a calculation already running and keep
     * its snapshot if it made one; otherwise leave it (empty).
     */
    Optional<Kept> calculate(Clock at, String by, boolean wait) {
        return writing.execute(tx -> {
            if (wait) {
                store.lock();
                Optional<Kept> meanwhile = store.latest();
                if (meanwhile.isPresent()) {
                    return meanwhile;
                }
            } else if (!store.tryLock()) {
                log.info("Accountability figures: a calculation is already running, none started");
                return Optional.empty();
            }
            long began = System.nanoTime();
            LocalDate asAt = LocalDate.now(at.withZone(GovUkDates.LONDON));
            List<ApprenticeshipFact> all = facts.read(ApprenticeshipScope.everyone());
            long read = System.nanoTime();
            SnapshotCalculation.Result result = SnapshotCalculation.of(all, asAt);
            long worked = System.nanoTime();
            Kept header = new Kept(UUID.randomUUID(), Instant.now(at), asAt, all.size(),
                    0, by);
            store.replace(header, result);
            int took = (int) Duration.ofNanos(System.nanoTime() - began).toMillis();
            store.took(header.id(), took);
            log.info("Accountability figures calculated for {} apprenticeships in {} ms (read {} ms, worked out {} ms,"
                            + " written {} ms)", all.size(), took, (read - began) / 1_000_000,
                    (worked - read) / 1_000_000, (System.nanoTime() - worked) / 1_000_000);
            return Optional.of(new Kept(header.id(), header.calculatedAt(), asAt, all.size(), took, by));
        });
    }

    public Optional<Kept> latest() {
        return reading.execute(tx -> store.latest());
    }

    /** Reads a snapshot and its figures in one transaction, so a snapshot replaced meanwhile is read whole. */
    <T> T read(java.util.function.Supplier<T> reads) {
        return reading.execute(tx -> reads.get());
    }

    /**
     * Older than the schedule allows: a scheduled calculation was due since it was calculated (and the time one takes
     * has passed) and has not replaced it, judged on the clock given.
     */
    public Optional<Instant> overdueSince(Kept kept) {
        return overdueSince(kept, clock);
    }

    Optional<Instant> overdueSince(Kept kept, Clock now) {
        ZonedDateTime calculated = kept.calculatedAt().atZone(GovUkDates.LONDON);
        Instant due = null;
        for (CronExpression cron : schedule) {
            ZonedDateTime next = cron.next(calculated);
            if (next != null && (due == null || next.toInstant().isBefore(due))) {
                due = next.toInstant();
            }
        }
        return due != null && due.plus(GRACE).isBefore(Instant.now(now)) ? Optional.of(due) : Optional.empty();
    }
}
