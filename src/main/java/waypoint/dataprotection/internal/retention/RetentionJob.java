package waypoint.dataprotection.internal.retention;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataRetention;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;

/**
 * Every night on one node (ShedLock): anonymises or deletes what has passed its retention period, kind by kind,
 * through the module that keeps it ({@link PersonalDataRetention}), and writes a report of what it did that the data
 * protection officer reads (docs/domain/retention.md, "The nightly job"). The method takes the clock to use, so a test
 * can run it on any day.
 */
@Component
public class RetentionJob {

    private final RetentionSettings settings;
    private final List<PersonalDataRetention> modules;
    private final Leavers leavers;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionJob(RetentionSettings settings, List<PersonalDataRetention> modules, Leavers leavers, JdbcClient jdbc,
            TransactionTemplate transactions, Clock clock) {
        this.settings = settings;
        this.modules = List.copyOf(modules);
        this.leavers = leavers;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one run did with one kind of record. */
    public record Line(RetentionRule rule, RetentionAction action, int periodMonths, Instant cutoff, int records) {

        public String period() {
            return RetentionRule.period(periodMonths);
        }
    }

    /** One run: when, and what it did. */
    public record Run(UUID id, Instant ranAt, Instant finishedAt, String trigger, List<Line> lines) {

        public int total() {
            return lines.stream().mapToInt(Line::records).sum();
        }
    }

    @Scheduled(cron = "0 30 2 * * *", zone = "Europe/London")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    public void nightly() {
        run(clock, "Nightly", java.util.EnumSet.allOf(RetentionRule.class));
    }

    /**
     * Applies the retention settings of the kinds named at the moment {@code at} gives, in one transaction; answers
     * the report.
     */
    public Run run(Clock at, String trigger, java.util.Set<RetentionRule> kinds) {
        return transactions.execute(tx -> {
            Instant now = at.instant();
            List<Line> lines = new ArrayList<>();
            for (RetentionSetting setting : settings.all()) {
                if (!kinds.contains(setting.rule())) {
                    continue;
                }
                Instant cutoff = setting.cutoff(now);
                int records = setting.rule().perLearner()
                        ? perLearner(setting, cutoff, now)
                        : modulesKeeping(setting.rule().kind()).stream()
                                .mapToInt(m -> m.applyBefore(cutoff, setting.action())).sum();
                lines.add(new Line(setting.rule(), setting.action(), setting.periodMonths(), cutoff, records));
            }
            Run run = new Run(UUID.randomUUID(), now, clock.instant().isBefore(now) ? now : clock.instant(),
                    trigger, lines);
            keep(run);
            return run;
        });
    }

    /** The learners whose last apprenticeship ended before the cutoff, each done once. */
    private int perLearner(RetentionSetting setting, Instant cutoff, Instant now) {
        LocalDate endedBefore = LocalDate.ofInstant(cutoff, LONDON);
        int records = 0;
        for (DataSubject subject : leavers.endedBefore(endedBefore, setting.rule().kind())) {
            for (PersonalDataRetention module : modulesKeeping(setting.rule().kind())) {
                records += module.applyTo(subject, setting.action());
            }
            leavers.markDone(subject.learnerId(), setting.rule().kind(), now);
        }
        return records;
    }

    List<PersonalDataRetention> modulesKeeping(RetentionKind kind) {
        return modules.stream().filter(m -> m.kind() == kind).toList();
    }

    private void keep(Run run) {
        jdbc.sql("INSERT INTO retention_run (id, ran_at, finished_at, trigger) VALUES (:id, :at, :done, :trigger)")
                .param("id", run.id()).param("at", run.ranAt().atOffset(ZoneOffset.UTC))
                .param("done", run.finishedAt().atOffset(ZoneOffset.UTC)).param("trigger", run.trigger()).update();
        for (Line line : run.lines()) {
            jdbc.sql("""
                    INSERT INTO retention_run_line (run_id, kind, action, period_months, cutoff, records)
                    VALUES (:run, :kind, :action, :months, :cutoff, :records)""")
                    .param("run", run.id()).param("kind", line.rule().name()).param("action", line.action().name())
                    .param("months", line.periodMonths()).param("cutoff", line.cutoff().atOffset(ZoneOffset.UTC))
                    .param("records", line.records()).update();
        }
    }

    /** The newest runs first. */
    public List<Run> latest(int count) {
        List<Run> runs = new ArrayList<>();
        jdbc.sql("SELECT * FROM retention_run ORDER BY ran_at DESC, id LIMIT :n").param("n", count)
                .query((rs, n) -> new Run(rs.getObject("id", UUID.class), rs.getTimestamp("ran_at").toInstant(),
                        rs.getTimestamp("finished_at").toInstant(), rs.getString("trigger"), List.of()))
                .list().forEach(run -> runs.add(new Run(run.id(), run.ranAt(), run.finishedAt(), run.trigger(),
                        linesOf(run.id()))));
        return runs;
    }

    private List<Line> linesOf(UUID run) {
        return jdbc.sql("SELECT * FROM retention_run_line WHERE run_id = :run").param("run", run)
                .query((rs, n) -> new Line(RetentionRule.valueOf(rs.getString("kind")),
                        RetentionAction.valueOf(rs.getString("action")), rs.getInt("period_months"),
                        rs.getTimestamp("cutoff").toInstant(), rs.getInt("records")))
                .list().stream().sorted(java.util.Comparator.comparing(Line::rule)).toList();
    }
}
