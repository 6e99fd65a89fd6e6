package waypoint.otj.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipCreated;
import waypoint.enrolment.ApprenticeshipId;

/**
 * Each apprenticeship's hours expected to date, shortfall and whether it is behind (below the amber threshold),
 * stored in otj_pace as of a day ({@link EntryStore#refreshSnapshot} works out one). They change every day, and ranking 100,000 apprenticeships by shortfall live took
 * over half a second per request (docs/performance.md), so they are worked out for everyone once a day in one
 * statement, and again for one apprenticeship whenever its entries, plan or status change. A list first brings stale
 * rows up to date (after midnight before the nightly run, or after the thresholds change), so it is never wrong.
 * <p>
 * The arithmetic is {@link Pace}'s, in SQL: expected = planned × elapsed days of learning ÷ days of learning, breaks
 * taken off both, elapsed stopping at a break that goes on and at the end of learning.
 */
@Component
public class PaceSnapshots {

    private static final Logger log = LoggerFactory.getLogger(PaceSnapshots.class);

    static final String UPDATE = """
            WITH p AS (
              SELECT a.id, a.status IN ('IN_LEARNING', 'BREAK_IN_LEARNING') AS active,
                     coalesce(t.planned_hours, 0) AS planned,
                     t.approved_minutes / 60.0 AS approved,
                     GREATEST(0, (a.planned_end_date - a.start_date) - t.completed_break_days) AS total,
                     GREATEST(0, (LEAST(CAST(:today AS date), coalesce(t.paused_since, CAST(:today AS date)),
                                        coalesce(t.learning_ended_on, a.planned_end_date), a.planned_end_date)
                                  - a.start_date) - t.completed_break_days) AS elapsed
              FROM otj_pace t JOIN enrolment.apprenticeship a ON a.id = t.apprenticeship_id
              WHERE %s),
            e AS (
              SELECT p.*, CASE WHEN total = 0 THEN planned
                               ELSE round(planned * LEAST(elapsed, total) / total, 1) END AS expected FROM p)
            UPDATE otj_pace t SET expected_hours = e.expected, shortfall_hours = e.expected - e.approved,
                   behind = e.active AND e.approved * 100 < e.expected * :amber, as_of = :today
            FROM e WHERE t.apprenticeship_id = e.id""";

    private final JdbcClient jdbc;
    private final EntryStore store;
    private final Clock clock;

    private final PlanFacts planFacts;

    PaceSnapshots(JdbcClient jdbc, EntryStore store, Clock clock, PlanFacts planFacts) {
        this.planFacts = planFacts;
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    /** Rows not worked out for today, if any: two probes of an index when everything is current. */
    @Transactional
    public void bringUpToDate() {
        LocalDate today = today();
        // min and max come from the two ends of the as_of index whatever the plan; "EXISTS ... WHERE as_of <> today"
        // was planned as a sequential scan (38 ms at 100,000 rows) since the planner expects to find one at once
        boolean stale = jdbc.sql("SELECT min(as_of) < :today OR max(as_of) > :today FROM otj_pace")
                .param("today", today).query(Boolean.class).optional().map(Boolean.TRUE::equals).orElse(false);
        if (stale) {
            int rows = jdbc.sql(UPDATE.formatted("(t.as_of < :today OR t.as_of > :today)")).param("today", today)
                    .param("amber", store.thresholds().amberBelowPercent()).update();
            log.info("Off-the-job pace worked out for {} as of {}", rows, today);
        }
    }

    /**
     * At start (after the demo and scale data are in), so the first list after a restart does not pay for it. Rows
     * never given their plan's facts (recorded before every new apprenticeship had them from the start) get them
     * first, so a list never calls "not known" what the apprentice's own page works out.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void atStart() {
        List<ApprenticeshipId> withoutPlan = jdbc.sql("SELECT apprenticeship_id FROM otj_pace WHERE NOT plan_read")
                .query((rs, n) -> new ApprenticeshipId(rs.getObject(1, UUID.class))).list();
        for (ApprenticeshipId apprenticeshipId : withoutPlan) {
            try {
                planFacts.refresh(apprenticeshipId);
            } catch (RuntimeException cannot) {
                log.warn("Off-the-job plan facts of apprenticeship {} not worked out: {}", apprenticeshipId,
                        cannot.getMessage());
            }
        }
        if (!withoutPlan.isEmpty()) {
            log.info("Off-the-job plan facts copied for {} apprenticeships", withoutPlan.size());
        }
        bringUpToDate();
    }

    /** Everyone, shortly after midnight, so the day's first list does not pay for it. */
    @Scheduled(cron = "0 5 0 * * *", zone = "Europe/London")
    @SchedulerLock(name = "otj-pace-snapshots", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    @Transactional
    void nightly() {
        bringUpToDate();
    }

    /** A new apprenticeship has its row from the start, so the lists can join rather than outer-join. */
    @org.springframework.context.event.EventListener
    void on(ApprenticeshipCreated created) {
        jdbc.sql("INSERT INTO otj_pace (apprenticeship_id, updated_at) VALUES (:a, now()) ON CONFLICT DO NOTHING")
                .param("a", created.apprenticeshipId()).update();
        store.refreshSnapshot(created.apprenticeshipId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
