package waypoint.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.identity.CurrentUser;

/**
 * How reporting works out what it keeps whole ({@link KeptWhole}: the funding forecast, the known funding risks, the
 * caseload overview, the equality report), the one way for each of them:
 * <ul>
 *   <li>A reader's press ({@link #press}) answers at once: the working out runs in the background, and the press
 *       returns as soon as it holds its lock. While one is under way (a press, the night's, the first start's, here or
 *       on another node) a press starts nothing more, and the page says since when it has been worked out
 *       ({@link #underwaySince}) above the one kept until then.</li>
 *   <li>On a schedule ({@link #onSchedule}): the job's own lock keeps it to one node; one under way already is left
 *       to finish; a failure is kept and logged, never thrown into the scheduler.</li>
 *   <li>At the first start, for each one none is kept of yet (the demo, a new installation, a filled reference data
 *       set), so it is there from the start and not only after the first night.</li>
 *   <li>After a change every figure of the whole may depend on ({@link #afterChange}): once any working out under way
 *       is done, unless one began since the change.</li>
 * </ul>
 * One working out of each at a time across every node: a transaction-scoped advisory lock named after it, held by the
 * transaction the working out keeps the whole in, so "under way" is exactly "its lock is held". A working out that
 * fails is undone alone (a savepoint) and its failure kept in that same transaction, still holding the lock
 * ({@link #lastFailure}): the whole's page says the last working out failed and that what it shows is the one before,
 * on every node, until a working out succeeds.
 */
@Component
public class KeptInBackground {

    public static final String AT_FIRST_START = "Worked out at the first start";
    private static final Logger log = LoggerFactory.getLogger(KeptInBackground.class);
    private static final String TRY_LOCK = "SELECT pg_try_advisory_xact_lock(hashtext(:lock))";
    /** Since when a session has held the lock (the start of its transaction); none when no one holds it. */
    private static final String HELD_SINCE = """
            SELECT CASE WHEN count(*) > 0 THEN coalesce(min(a.xact_start), now()) END
            FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.classid = ((hashtext(:lock)::bigint >> 32) & 4294967295)::oid
              AND l.objid = (hashtext(:lock)::bigint & 4294967295)::oid""";

    /** What a press did: started a working out in the background, or found one under way since {@code since}. */
    public record Press(boolean started, Instant since) {

        /** What the page says after the press, as its flash attribute: "workingOutNow" or "workingOutAlready". */
        public String flash() {
            return started ? "workingOutNow" : "workingOutAlready";
        }
    }

    /**
     * How a whole stands, as its page (and every page of a whole) shows it above the one kept: since when it has been
     * being worked out again ({@code null} when it is not), and its last working out when that failed since the one
     * kept was worked out ({@code null} otherwise).
     */
    public record Standing(Instant underwaySince, Failure failure) {

        public Optional<Instant> underway() {
            return Optional.ofNullable(underwaySince);
        }

        /** The page's model attributes: {@code underwaySince} and {@code failure}, each possibly {@code null}. */
        public Map<String, Object> attributes() {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("underwaySince", underwaySince);
            attributes.put("failure", failure);
            return attributes;
        }
    }

    /**
     * The last working out, when it failed after the whole shown was kept: when it began and failed, and what the page
     * says of it (plain words with a reference to the server's log, never the error itself).
     */
    public record Failure(Instant beganAt, Instant failedAt, String message) {
    }

    private final ObjectProvider<KeptWhole> wholes;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate keeping;
    /** The working out within the locked transaction: undone alone when it fails, so its failure can be kept. */
    private final TransactionTemplate undoneAlone;
    /** Its own threads: a press waits only for its working out to take the lock, never behind other work. */
    private final ExecutorService background = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "kept-whole");
        thread.setDaemon(true);
        return thread;
    });

    KeptInBackground(ObjectProvider<KeptWhole> wholes, JdbcClient jdbc, Clock clock,
            PlatformTransactionManager transactions) {
        this.wholes = wholes;
        this.jdbc = jdbc;
        this.clock = clock;
        this.keeping = new TransactionTemplate(transactions);
        this.undoneAlone = new TransactionTemplate(transactions);
        this.undoneAlone.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * A reader pressed the button (the caller has checked they may): the whole is worked out in the background, and
     * this answers once the working out holds its lock, or at once when one is under way already.
     */
    public Press press(Class<? extends KeptWhole> which, CurrentUser user) {
        KeptWhole kept = whole(which);
        Instant asked = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CompletableFuture<Boolean> holding = new CompletableFuture<>();
        String by = "Worked out when " + user.displayName() + " asked";
        background.execute(() -> logged(kept, "when " + user.displayName() + " asked",
                () -> workOutUnlessUnderway(kept, by, holding)));
        boolean started;
        try {
            started = holding.get(1, TimeUnit.MINUTES);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("The " + kept.name() + " could not be worked out", failed.getCause());
        } catch (TimeoutException | InterruptedException notAnswered) {
            throw new IllegalStateException("The " + kept.name() + " did not begin to be worked out", notAnswered);
        }
        return started ? new Press(true, asked) : new Press(false, underwaySince(which).orElse(asked));
    }

    /** How the whole stands: since when it has been being worked out again, and its last working out if it failed. */
    public Standing standing(Class<? extends KeptWhole> which) {
        return new Standing(underwaySince(which).orElse(null), lastFailure(which).orElse(null));
    }

    /** Since when the whole has been being worked out, on any node; empty when it is not. */
    public Optional<Instant> underwaySince(Class<? extends KeptWhole> which) {
        return jdbc.sql(HELD_SINCE).param("lock", lock(whole(which)))
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional().map(OffsetDateTime::toInstant);
    }

    /** The last working out of the whole, when it failed since the one kept was worked out; empty otherwise. */
    public Optional<Failure> lastFailure(Class<? extends KeptWhole> which) {
        return jdbc.sql("SELECT began_at, failed_at, message FROM kept_whole_failure WHERE name = :name")
                .param("name", whole(which).name())
                .query((rs, n) -> new Failure(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3)))
                .optional();
    }

    /** A scheduled working out: one under way already is left to finish; a failure is kept and logged. */
    public void onSchedule(KeptWhole kept, String by) {
        logged(kept, "on schedule", () -> workOutUnlessUnderway(kept, by, new CompletableFuture<>()));
    }

    /**
     * A change every figure of the whole may depend on was committed (the caller's event): the whole is worked out
     * again once any working out under way is done (it may have read the records before the change), unless
     * {@code doneSince}, asked holding the lock, finds one began since the change. The same lock as every other
     * working out of it, so still one at a time whatever started it; a failure is kept and logged.
     */
    public void afterChange(KeptWhole kept, String by, BooleanSupplier doneSince) {
        logged(kept, "after a change", () -> keeping.executeWithoutResult(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:lock))").param("lock", lock(kept))
                    .query((rs, n) -> 1).single();
            if (!doneSince.getAsBoolean()) {
                workOutHoldingTheLock(kept, by);
            }
        }));
    }

    /**
     * Reporting's work in the background or on a schedule ({@code what}: "accountability figures (on schedule)"): a
     * failure is logged, never thrown into the scheduler or the thread.
     */
    public static void logged(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failed) {
            log.warn("The {} could not be worked out: {}", what, failed.toString());
        }
    }

    /** At the first start, each whole none is kept of yet is worked out in the background. */
    @EventListener(ApplicationReadyEvent.class)
    void atFirstStart() {
        wholes.orderedStream().forEach(kept -> background.execute(() -> logged(kept, "at the first start", () -> {
            if (!kept.isKept()) {
                workOutUnlessUnderway(kept, AT_FIRST_START, new CompletableFuture<>());
            }
        })));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Works the whole out unless it is under way, telling {@code holding} at once whether it began. */
    private void workOutUnlessUnderway(KeptWhole kept, String by, CompletableFuture<Boolean> holding) {
        try {
            keeping.executeWithoutResult(tx -> {
                boolean free = Boolean.TRUE.equals(jdbc.sql(TRY_LOCK).param("lock", lock(kept))
                        .query(Boolean.class).single());
                holding.complete(free);
                if (free) {
                    workOutHoldingTheLock(kept, by);
                } else {
                    log.info("The {} is being worked out already: none started", kept.name());
                }
            });
        } catch (RuntimeException failed) {
            holding.completeExceptionally(failed);
            throw failed;
        }
    }

    /**
     * Works the whole out within a savepoint of the locked transaction: done, any failure kept before is removed;
     * failed, the working out is undone and its failure kept in its place (the error itself goes to the log, under
     * the reference the page gives), committed with the lock's release.
     */
    private void workOutHoldingTheLock(KeptWhole kept, String by) {
        Instant began = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            undoneAlone.executeWithoutResult(savepoint -> kept.workOutAndKeep(by));
            jdbc.sql("DELETE FROM kept_whole_failure WHERE name = :name").param("name", kept.name()).update();
        } catch (RuntimeException failed) {
            String reference = UUID.randomUUID().toString();
            log.warn("The {} could not be worked out ({}): reference {}", kept.name(), by, reference, failed);
            jdbc.sql("""
                            INSERT INTO kept_whole_failure (name, began_at, failed_at, message)
                            VALUES (:name, :began, :failed, :message)
                            ON CONFLICT (name) DO UPDATE SET began_at = EXCLUDED.began_at,
                                failed_at = EXCLUDED.failed_at, message = EXCLUDED.message""")
                    .param("name", kept.name()).param("began", began.atOffset(ZoneOffset.UTC))
                    .param("failed", clock.instant().atOffset(ZoneOffset.UTC))
                    .param("message", "If it fails again, ask your administrator to look in the server's log for"
                            + " this reference: " + reference + ".")
                    .update();
        }
    }

    private static void logged(KeptWhole kept, String when, Runnable work) {
        logged(kept.name() + " (" + when + ")", work);
    }

    /** The working out's own lock: not the whole's data lock, which a change to one apprenticeship takes. */
    private static String lock(KeptWhole kept) {
        return "working out the " + kept.name();
    }

    private KeptWhole whole(Class<? extends KeptWhole> which) {
        return wholes.orderedStream().filter(which::isInstance).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Nothing kept is a " + which.getName()));
    }
}
