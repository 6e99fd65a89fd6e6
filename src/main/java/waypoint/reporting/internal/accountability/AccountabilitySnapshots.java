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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.audit.RecordChanged;

/**
 * The kept accountability figures (docs/domain/accountability.md, "When the figures are calculated"). One snapshot of
 * the provider's figures at a time, worked out from the facts of every apprenticeship in two set-based reads of the
 * published views, the sums done in memory ({@link SnapshotCalculation}) and written with {@code COPY}; kept in place
 * of the previous one in one transaction, so a reader sees one whole snapshot or the other.
 *
 * <p>Calculated each night and every hour in working hours ({@link AccountabilitySnapshotJob}), by whoever may read
 * the figures pressing "Recalculate now" (in the audit trail; the calculation then runs in the background, a
 * {@link Recalculation} saying where it has got to), and on the first view when there is none yet. One calculation at
 * a time across every node: a second press while one runs does not start another.
 */
@Service
public class AccountabilitySnapshots {

    private static final Logger log = LoggerFactory.getLogger(AccountabilitySnapshots.class);
    /** The audit trail's record type for a recalculation asked for by someone. */
    static final String RECORD_TYPE = "accountability figures";
    /** How long after a scheduled calculation was due the figures are called out of date (it takes a while). */
    static final Duration GRACE = Duration.ofMinutes(30);
    /** A press the background has not picked up in this long never will be (its node stopped): it is given up. */
    static final Duration NOT_PICKED_UP = Duration.ofMinutes(10);
    /** Ended presses are forgotten after this long: the audit trail keeps who asked and when. */
    static final Duration PRESSES_KEPT = Duration.ofDays(90);
    static final String FAILED = "The figures could not be recalculated. The figures shown are still the ones"
            + " calculated before. Press \"Recalculate now\" to try again; if it fails again, ask your administrator"
            + " to look in the server's log for this recalculation's reference: ";
    static final String GIVEN_UP = "The recalculation did not finish: the server running it stopped. The figures"
            + " shown are still the ones calculated before. Press \"Recalculate now\" to try again.";

    private final ApprenticeshipFacts facts;
    private final SnapshotStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    /** A press's progress, seen at once by every node's page while the calculation's own transaction goes on. */
    private final TransactionTemplate ownTransaction;
    /** The calculation within the press's transaction, undone alone (a savepoint) when it fails. */
    private final TransactionTemplate undoneAlone;
    private final UserAccounts accounts;
    private final List<CronExpression> schedule;

    AccountabilitySnapshots(ApprenticeshipFacts facts, SnapshotStore store, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactions, UserAccounts accounts,
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
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.undoneAlone = new TransactionTemplate(transactions);
        this.undoneAlone.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.accounts = accounts;
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

    /**
     * What a press of "Recalculate now" did: started a recalculation in the background ({@code started}), or left it
     * to the calculation already running, with the press under way when it is one (empty when it is the scheduled
     * calculation or a first view's).
     */
    public record Press(boolean started, Optional<Recalculation> recalculation) {
    }

    /**
     * "Recalculate now" for someone who may read the figures (the button, the API), in the audit trail: the
     * calculation runs in the background and this returns at once. Another calculation running (a press, the
     * schedule's, here or on another node) is left to finish: nothing more is started.
     */
    public Press recalculate(CurrentUser user) {
        AccountabilityReport.requireReaderOf(user);
        Instant now = clock.instant();
        return writing.execute(tx -> {
            if (!store.tryLock()) {
                log.info("Accountability figures: a calculation is already running, none started");
                return new Press(false, store.underway());
            }
            Optional<Recalculation> underway = store.underway();
            if (underway.isPresent()) {
                Recalculation u = underway.get();
                // holding the lock, no one is calculating: a press "running" is one whose node stopped (a press runs
                // only while it holds the lock), and a press not picked up for this long never will be
                if (u.state() == Recalculation.State.RUNNING || u.requestedAt().isBefore(now.minus(NOT_PICKED_UP))) {
                    store.save(u.failed(now, GIVEN_UP), u.state());
                } else {
                    return new Press(false, underway);
                }
            }
            Recalculation asked = Recalculation.asked(user.id(), now);
            if (!store.add(asked)) {
                return new Press(false, store.underway());
            }
            store.forgetRecalculationsBefore(now.minus(PRESSES_KEPT));
            events.publishEvent(RecordChanged.created(RECORD_TYPE, asked.id(), "Recalculation asked for at "
                    + GovUkDates.time(now)));
            events.publishEvent(new RecalculationAsked(asked.id()));
            return new Press(true, Optional.of(asked));
        });
    }

    /** The background's part of a press, once it is committed: one at a time, the audit trail told the outcome. */
    @ApplicationModuleListener
    void on(RecalculationAsked asked) {
        recalculateAsAsked(asked.recalculationId());
    }

    /**
     * Calculates for a press, in the listener's transaction: waits for the calculation's lock (a scheduled one may be
     * running: this press still calculates after it), says it is running (at once, to every node), calculates within
     * a savepoint, and ends done or failed in the same transaction that releases the lock, so a press is "running"
     * only while it holds the lock.
     */
    void recalculateAsAsked(UUID id) {
        if (store.recalculation(id).filter(r -> r.state() == Recalculation.State.QUEUED).isEmpty()) {
            return;
        }
        store.lock();
        Recalculation queued = store.recalculation(id).filter(r -> r.state() == Recalculation.State.QUEUED)
                .orElse(null);
        if (queued == null) {
            return; // given up meanwhile
        }
        Recalculation running = queued.started(clock.instant());
        if (!Boolean.TRUE.equals(ownTransaction.execute(tx -> store.save(running, Recalculation.State.QUEUED)))) {
            return;
        }
        String by = accounts.find(queued.requestedBy()).map(a -> "Recalculated by " + a.displayName())
                .orElse("Recalculated on request");
        try {
            Kept kept = undoneAlone.execute(tx -> calculateHoldingTheLock(clock, by));
            store.save(running.done(clock.instant(), kept.id()), Recalculation.State.RUNNING);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, "Recalculation asked for at "
                            + GovUkDates.time(queued.requestedAt()),
                    "Recalculated: " + kept.apprenticeships() + " apprenticeships, figures as at "
                            + GovUkDates.time(kept.calculatedAt())));
        } catch (RuntimeException failed) {
            log.warn("Accountability figures: recalculation {} failed", id, failed);
            store.save(running.failed(clock.instant(), FAILED + id), Recalculation.State.RUNNING);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, "Recalculation asked for at "
                    + GovUkDates.time(queued.requestedAt()), "Failed"));
        }
    }

    /** A press, for someone who may read the figures. */
    public Optional<Recalculation> recalculation(CurrentUser user, UUID id) {
        AccountabilityReport.requireReaderOf(user);
        return reading.execute(tx -> store.recalculation(id));
    }

    /** The press under way, if one is. */
    public Optional<Recalculation> underway() {
        return reading.execute(tx -> store.underway());
    }

    /**
     * The newest press, when it failed after the figures shown were calculated: the page tells those who read the
     * figures (they may press again), until a calculation replaces them.
     */
    public Optional<Recalculation> failedSince(Kept shown) {
        return reading.execute(tx -> store.newestRecalculation())
                .filter(r -> r.state() == Recalculation.State.FAILED && r.finishedAt() != null
                        && !r.finishedAt().isBefore(shown.calculatedAt()));
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
            return Optional.of(calculateHoldingTheLock(at, by));
        });
    }

    /** Works out and keeps a snapshot on the clock's day; the caller's transaction holds the calculation's lock. */
    private Kept calculateHoldingTheLock(Clock at, String by) {
        long began = System.nanoTime();
        LocalDate asAt = LocalDate.now(at.withZone(GovUkDates.LONDON));
        List<ApprenticeshipFact> all = facts.read(ApprenticeshipScope.everyone());
        long read = System.nanoTime();
        SnapshotCalculation.Result result = SnapshotCalculation.of(all, asAt);
        long worked = System.nanoTime();
        Kept header = new Kept(UUID.randomUUID(), Instant.now(at), asAt, all.size(), 0, by);
        store.replace(header, result);
        int took = (int) Duration.ofNanos(System.nanoTime() - began).toMillis();
        store.took(header.id(), took);
        log.info("Accountability figures calculated for {} apprenticeships in {} ms (read {} ms, worked out {} ms,"
                        + " written {} ms)", all.size(), took, (read - began) / 1_000_000,
                (worked - read) / 1_000_000, (System.nanoTime() - worked) / 1_000_000);
        return new Kept(header.id(), header.calculatedAt(), asAt, all.size(), took, by);
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
