package waypoint.supportcase.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.shared.web.PageOf;
import waypoint.supportcase.AtRiskSignal;
import waypoint.supportcase.AtRiskSignalSource;
import waypoint.supportcase.AtRiskThresholds;

/**
 * The at-risk indicator (docs/domain/support-policy.md, At risk): computed from every {@link AtRiskSignalSource} nightly (one instance at
 * a time, ShedLock) and on demand, and stored, so the at-risk list is one indexed, paginated query.
 */
@Component
public class AtRiskIndicators {

    static final String JOB = "support-case-at-risk";
    /** Apprenticeships per batch of the nightly run: a few thousand query parameters, well within PostgreSQL's. */
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(AtRiskIndicators.class);

    private final List<AtRiskSignalSource> sources;
    private final Apprenticeships apprenticeships;
    private final SupportSettings settings;
    private final SupportCaseStore store;
    private final SupportAppeals cases;
    private final JdbcClient jdbc;
    private final Clock clock;

    AtRiskIndicators(List<AtRiskSignalSource> sources, Apprenticeships apprenticeships, SupportSettings settings,
            SupportCaseStore store, SupportAppeals cases, JdbcClient jdbc, Clock clock) {
        this.sources = sources;
        this.apprenticeships = apprenticeships;
        this.settings = settings;
        this.store = store;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Indicator(ApprenticeshipId apprenticeshipId, int severity, List<AtRiskSignal> signals,
            Instant computedAt) {
    }

    /** Computes and stores one apprenticeship's indicator (none for one not in learning). */
    public Indicator compute(ApprenticeshipId apprenticeshipId) {
        return apprenticeships.find(apprenticeshipId)
                .map(a -> computeAndStore(List.of(a), settings.current()).get(0))
                .orElseThrow(() -> new waypoint.shared.NotFoundException("Apprenticeship"));
    }

    /**
     * Computes and stores the indicators of a batch of apprenticeships: each source is asked once for the batch
     * and the indicators are stored in one statement, so the queries do not grow with the size of the batch.
     */
    private List<Indicator> computeAndStore(List<ApprenticeshipSummary> batch, AtRiskThresholds thresholds) {
        Map<ApprenticeshipId, List<AtRiskSignal>> signals = signalsOf(batch, thresholds, LocalDate.now(clock));
        Instant now = clock.instant();
        List<Indicator> indicators = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (ApprenticeshipSummary a : batch) {
            List<AtRiskSignal> found = signals.get(a.id());
            int severity = found.stream().mapToInt(AtRiskSignal::severity).sum();
            int i = indicators.size();
            values.append(i == 0 ? "" : ", ").append("(:a").append(i).append(", :severity").append(i)
                    .append(", :codes").append(i).append(", :reasons").append(i).append(", :now)");
            params.put("a" + i, a.id());
            params.put("severity" + i, severity);
            params.put("codes" + i, found.stream().map(AtRiskSignal::code).distinct().toArray(String[]::new));
            params.put("reasons" + i, String.join("\n", found.stream().map(s -> s.code() + "|" + s.severity() + "|"
                    + s.reason().replace('\n', ' ')).toList()));
            indicators.add(new Indicator(a.id(), severity, found, now));
        }
        if (!indicators.isEmpty()) {
            jdbc.sql("INSERT INTO at_risk_indicator (apprenticeship_id, severity, signal_codes, reasons, computed_at)"
                            + " VALUES " + values + " ON CONFLICT (apprenticeship_id) DO UPDATE SET"
                            + " severity = EXCLUDED.severity, signal_codes = EXCLUDED.signal_codes,"
                            + " reasons = EXCLUDED.reasons, computed_at = EXCLUDED.computed_at")
                    .params(params).param("now", Timestamp.from(now)).update();
        }
        return indicators;
    }

    public boolean anyComputed() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM at_risk_indicator)").query(Boolean.class).single();
    }

    /** Each apprenticeship's signals from every source (none for one not in learning), in the sources' order. */
    private Map<ApprenticeshipId, List<AtRiskSignal>> signalsOf(List<ApprenticeshipSummary> batch,
            AtRiskThresholds thresholds,
            LocalDate today) {
        Map<ApprenticeshipId, List<AtRiskSignal>> signals = new HashMap<>();
        batch.forEach(a -> signals.put(a.id(), new ArrayList<>()));
        List<ApprenticeshipSummary> inLearning = batch.stream()
                .filter(a -> a.status() == ApprenticeshipStatus.IN_LEARNING).toList();
        if (inLearning.isEmpty()) {
            return signals;
        }
        for (AtRiskSignalSource source : sources) {
            Map<ApprenticeshipId, List<AtRiskSignal>> found;
            try {
                found = source.signalsOf(inLearning, thresholds, today);
            } catch (RuntimeException failed) {
                // asked one by one, a source failing on one apprenticeship still gives the others' signals
                log.warn("At-risk source {} failed for a batch, asking one by one: {}",
                        source.getClass().getSimpleName(), failed.toString());
                found = oneByOne(source, inLearning, thresholds, today);
            }
            found.forEach((id, more) -> {
                if (signals.containsKey(id)) {
                    signals.get(id).addAll(more);
                }
            });
        }
        return signals;
    }

    private Map<ApprenticeshipId, List<AtRiskSignal>> oneByOne(AtRiskSignalSource source,
            List<ApprenticeshipSummary> batch,
            AtRiskThresholds thresholds, LocalDate today) {
        Map<ApprenticeshipId, List<AtRiskSignal>> found = new HashMap<>();
        for (ApprenticeshipSummary a : batch) {
            try {
                found.put(a.id(), source.signals(a, thresholds, today));
            } catch (RuntimeException failed) {
                // one source failing must not hide the others' signals
                log.warn("At-risk source {} failed for {}: {}", source.getClass().getSimpleName(), a.id(),
                        failed.toString());
            }
        }
        return found;
    }

    /**
     * Every apprenticeship in learning, in batches of {@value #BATCH} (a bounded number of queries per batch); those
     * no longer in learning drop off the list.
     */
    public int computeAll() {
        AtRiskThresholds thresholds = settings.current();
        jdbc.sql("UPDATE at_risk_indicator i SET severity = 0, signal_codes = '{}', reasons = '' FROM enrolment.apprenticeship a"
                + " WHERE a.id = i.apprenticeship_id AND a.status <> 'IN_LEARNING' AND i.severity > 0").update();
        UUID after = new UUID(0, 0);
        int count = 0;
        while (true) {
            List<ApprenticeshipSummary> batch = jdbc.sql(Apprenticeships.SELECT
                            + "WHERE a.status = 'IN_LEARNING' AND a.id > :after ORDER BY a.id LIMIT :size")
                    .param("after", after).param("size", BATCH).query(Apprenticeships::summary).list();
            if (batch.isEmpty()) {
                return count;
            }
            computeAndStore(batch, thresholds);
            count += batch.size();
            after = batch.get(batch.size() - 1).id().value();
        }
    }

    /** Nightly: the indicators, and terminations whose appeal window has passed (they take effect). */
    @Scheduled(cron = "0 30 2 * * *", zone = "Europe/London")
    @SchedulerLock(name = JOB, lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void nightly() {
        int computed = computeAll();
        int ended = 0;
        for (UUID caseId : store.terminationsPastWindow(LocalDate.now(clock))) {
            try {
                ended += cases.endAfterAppealWindow(caseId) ? 1 : 0;
            } catch (RuntimeException failed) {
                log.warn("Could not end the apprenticeship of support case {}: {}", caseId, failed.toString());
            }
        }
        log.info("At-risk indicators computed for {} apprenticeships; {} terminations took effect", computed, ended);
    }

    public Optional<Indicator> stored(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT severity, reasons, computed_at FROM at_risk_indicator WHERE apprenticeship_id = :a")
                .param("a", apprenticeshipId).query((rs, n) -> new Indicator(apprenticeshipId, rs.getInt(1),
                        parse(rs.getString(2)), rs.getTimestamp(3).toInstant())).optional();
    }

    static List<AtRiskSignal> parse(String reasons) {
        if (reasons == null || reasons.isBlank()) {
            return List.of();
        }
        return Arrays.stream(reasons.split("\n")).map(line -> line.split("\\|", 3))
                .filter(p -> p.length == 3).map(p -> new AtRiskSignal(p[0], Integer.parseInt(p[1]), p[2])).toList();
    }

    // ------------------------------------------------------------------ the list

    public record Filter(UUID tutor, UUID employer, String standard, String signal, boolean leastFirst) {
    }

    public record Row(ApprenticeshipSummary apprenticeship, int severity, List<AtRiskSignal> signals,
            Instant computedAt, UUID caseId, SupportStage caseStage) {

        public String severityWords() {
            return severity >= 6 ? "High" : severity >= 3 ? "Medium" : "Low";
        }
    }

    public record Option(String value, String label) {
    }

    public PageOf<Row> list(ApprenticeshipScope scope, Filter filter, int page) {
        StringBuilder where = new StringBuilder(" WHERE " + scope.sqlCondition());
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        if (filter.tutor() != null) {
            where.append(" AND a.tutor_id = :tutor");
            params.put("tutor", filter.tutor());
        }
        if (filter.employer() != null) {
            where.append(" AND a.employer_id = :employer");
            params.put("employer", filter.employer());
        }
        if (filter.standard() != null) {
            where.append(" AND a.standard_reference = :standard");
            params.put("standard", filter.standard());
        }
        String from = " FROM at_risk_indicator i JOIN (" + Apprenticeships.SELECT + where + ") x"
                + " ON x.id = i.apprenticeship_id"
                + " LEFT JOIN support_case c ON c.apprenticeship_id = x.id"
                + " AND c.stage IN ('STAGE_1','STAGE_2','STAGE_3','STAGE_4','STAGE_5')"
                + " WHERE i.severity > 0" + (filter.signal() != null ? " AND i.signal_codes @> ARRAY[:signal]::text[]" : "");
        if (filter.signal() != null) {
            params.put("signal", filter.signal());
        }
        long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
        int size = PageOf.DEFAULT_SIZE;
        int number = Math.max(0, Math.min(page, (int) ((Math.max(total, 1) - 1) / size)));
        List<Row> rows = jdbc.sql("SELECT x.*, i.severity AS risk_severity, i.reasons AS risk_reasons,"
                        + " i.computed_at AS risk_computed_at, c.id AS case_id, c.stage AS case_stage" + from
                        + " ORDER BY i.severity " + (filter.leastFirst() ? "ASC" : "DESC")
                        + ", x.learner_name, x.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", number * size)
                .query((rs, n) -> new Row(Apprenticeships.summary(rs, n), rs.getInt("risk_severity"),
                        parse(rs.getString("risk_reasons")), rs.getTimestamp("risk_computed_at").toInstant(),
                        rs.getObject("case_id", UUID.class), rs.getString("case_stage") == null ? null
                                : SupportStage.valueOf(rs.getString("case_stage")))).list();
        return new PageOf<>(rows, number, size, total);
    }

    /** The tutors, employers and standards on someone's at-risk list, for the filters (three queries). */
    public Map<String, List<Option>> filterOptions(ApprenticeshipScope scope) {
        Map<String, List<Option>> options = new LinkedHashMap<>();
        String base = " FROM at_risk_indicator i JOIN enrolment.apprenticeship a ON a.id = i.apprenticeship_id"
                + " WHERE i.severity > 0 AND " + scope.sqlCondition();
        options.put("tutor", jdbc.sql("SELECT DISTINCT t.id, t.name FROM organisation.staff_member t"
                        + " WHERE t.id IN (SELECT a.tutor_id" + base + ") ORDER BY t.name LIMIT 500").params(scope.sqlParameters())
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2))).list());
        options.put("employer", jdbc.sql("SELECT DISTINCT e.id, e.name FROM organisation.employer e"
                        + " WHERE e.id IN (SELECT a.employer_id" + base + ") ORDER BY e.name LIMIT 500").params(scope.sqlParameters())
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2))).list());
        options.put("standard", jdbc.sql("SELECT DISTINCT a.standard_reference" + base
                        + " ORDER BY a.standard_reference LIMIT 500").params(scope.sqlParameters())
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(1))).list());
        return options;
    }

}
