package waypoint.reporting.internal.evidence;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.otj.OffTheJobHours;
import waypoint.shared.money.Money;

/**
 * The funding rules' known risks across the apprenticeships a reader may see (docs/domain/audit-and-inspection.md,
 * "Known risks"): the facts are read from the views the owning modules publish, the judging is
 * {@link FundingRiskRules}'. Filtered by the funding year the apprenticeship started in and by standard. The risk
 * list's page, its CSV and the self-assessment read the judgement kept each night ({@link KeptRisks}); a sample
 * by risk and an evidence pack judge theirs when made.
 */
@Service
public class RiskList {

    /** At most this many apprenticeships judged in one list. */
    public static final int MOST = 20_000;
    private static final int CHUNK = 500;

    /** One apprenticeship with its findings. */
    public record Line(ApprenticeshipId apprenticeshipId, String learnerName, String employerName, String standard,
            LocalDate startDate, String status, List<RiskFinding> findings) {

        public boolean flagged(FundingRisk risk) {
            return findings.stream().anyMatch(f -> f.risk() == risk && f.flagged());
        }

        public boolean anyFlagged() {
            return findings.stream().anyMatch(RiskFinding::flagged);
        }

        public long flags() {
            return findings.stream().filter(RiskFinding::flagged).count();
        }

        public List<RiskFinding> needingAttention() {
            return findings.stream().filter(RiskFinding::needsAttention).toList();
        }
    }

    /** The funding year (1 August to 31 July) starting in {@code year}, or any year; a standard's reference, or any. */
    public record Filter(Integer year, String standard) {

        public static Filter any() {
            return new Filter(null, null);
        }
    }

    private final JdbcClient jdbc;
    private final ApprenticeshipAccess access;
    private final EvidencePolicy policy;
    private final OffTheJobHours offTheJob;
    private final Clock clock;

    RiskList(JdbcClient jdbc, ApprenticeshipAccess access, EvidencePolicy policy, OffTheJobHours offTheJob,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.policy = policy;
        this.offTheJob = offTheJob;
        this.clock = clock;
    }

    /** Every apprenticeship the reader may see that the filter keeps, with its findings, oldest start first. */
    @Transactional
    public List<Line> judge(CurrentUser user, Filter filter) {
        policy.requireEvidenceReader(user);
        offTheJob.bringPaceUpToDate();
        return judge(access.scopeOf(user), filter, null);
    }

    /** The findings of one apprenticeship (the reader already allowed to see it). */
    @Transactional
    public Line judgeOne(ApprenticeshipId apprenticeshipId) {
        offTheJob.bringPaceUpToDate();
        List<Line> lines = judge(ApprenticeshipScope.everyone(), Filter.any(), List.of(apprenticeshipId));
        return lines.isEmpty() ? null : lines.get(0);
    }

    /**
     * The ids of every apprenticeship the reader may see that the filter keeps, in no particular order: a random
     * sample is chosen from all of them (never from the first {@link #MOST}), and only those chosen are judged.
     */
    @Transactional(readOnly = true)
    public List<ApprenticeshipId> ids(CurrentUser user, Filter filter) {
        policy.requireEvidenceReader(user);
        ApprenticeshipScope scope = access.scopeOf(user);
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        return jdbc.sql("SELECT a.id FROM enrolment.apprenticeship a" + where(scope, filter, null, params))
                .params(params).query((rs, n) -> new ApprenticeshipId(rs.getObject(1, UUID.class))).list();
    }

    /** The findings of the apprenticeships given, in the order the list sorts them (the reader already allowed). */
    @Transactional
    public List<Line> judgeThese(java.util.Collection<ApprenticeshipId> apprenticeshipIds) {
        if (apprenticeshipIds.isEmpty()) {
            return List.of();
        }
        offTheJob.bringPaceUpToDate();
        return judge(ApprenticeshipScope.everyone(), Filter.any(), apprenticeshipIds);
    }

    private static String where(ApprenticeshipScope scope, Filter filter, java.util.Collection<ApprenticeshipId> only,
            Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE " + scope.sqlCondition() + " AND a.status <> 'ONBOARDING'");
        if (filter.year() != null) {
            where.append(" AND a.start_date >= :yearFrom AND a.start_date < :yearTo");
            params.put("yearFrom", LocalDate.of(filter.year(), 8, 1));
            params.put("yearTo", LocalDate.of(filter.year() + 1, 8, 1));
        }
        if (filter.standard() != null && !filter.standard().isBlank()) {
            where.append(" AND a.standard_reference = :standard");
            params.put("standard", filter.standard().trim().toUpperCase());
        }
        if (only != null) {
            where.append(" AND a.id = ANY(:only)");
            params.put("only", only.stream().map(ApprenticeshipId::value).toArray(UUID[]::new));
        }
        return where.toString();
    }

    List<Line> judge(ApprenticeshipScope scope, Filter filter, java.util.Collection<ApprenticeshipId> only) {
        List<Line> lines = new ArrayList<>();
        judge(scope, filter, only, MOST, lines::addAll);
        return lines;
    }

    /**
     * Every apprenticeship past onboarding, judged {@link #CHUNK} at a time, each chunk handed on as judged in the
     * list's order (the oldest start first), so the kept list ({@link KeptRisks}) never holds them all. The caller
     * has brought the off-the-job pace up to date.
     */
    void judgeEvery(java.util.function.Consumer<List<Line>> judged) {
        judge(ApprenticeshipScope.everyone(), Filter.any(), null, null, judged);
    }

    private void judge(ApprenticeshipScope scope, Filter filter, java.util.Collection<ApprenticeshipId> only,
            Integer most, java.util.function.Consumer<List<Line>> judged) {
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        String where = where(scope, filter, only, params);
        List<Base> bases = jdbc.sql("""
                        SELECT a.id, l.full_name, e.name, a.standard_reference, a.start_date, a.status,
                               tp.planned_otj_hours, p.minimum_hours, pl.apprenticeship_id IS NOT NULL,
                               pl.prior_learning_percentage, pl.minimum_price_reduction, sv.max_funding,
                               CASE WHEN a.training_price IS NULL THEN NULL
                                    ELSE a.training_price + coalesce(a.epa_price, 0) END
                        FROM enrolment.apprenticeship a
                             JOIN organisation.learner l ON l.id = a.learner_id
                             JOIN organisation.employer e ON e.id = a.employer_id
                             LEFT JOIN enrolment.training_plan tp ON tp.apprenticeship_id = a.id
                             LEFT JOIN otj.pace p ON p.apprenticeship_id = a.id
                             LEFT JOIN enrolment.prior_learning pl ON pl.apprenticeship_id = a.id
                             LEFT JOIN catalogue.standard_version sv ON sv.reference_number = a.standard_reference
                                   AND sv.version = a.standard_version
                        """ + where + " ORDER BY a.start_date, l.full_name, a.id"
                        + (most == null ? "" : " LIMIT " + most))
                .params(params)
                .query((rs, n) -> new Base(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBoolean(9), rs.getBigDecimal(10), Money.of(rs.getBigDecimal(11)),
                        Money.of(rs.getBigDecimal(12)), Money.of(rs.getBigDecimal(13))))
                .list();
        for (int from = 0; from < bases.size(); from += CHUNK) {
            List<Base> chunk = bases.subList(from, Math.min(bases.size(), from + CHUNK));
            judged.accept(judgeChunk(chunk));
        }
    }

    private record Base(UUID id, String learner, String employer, String standard, LocalDate start, String status,
            BigDecimal planned, BigDecimal minimum, boolean rpl, BigDecimal rplPercent, Money minReduction,
            Money band, Money price) {
    }

    private record Change(UUID id, String toStatus, String transition, LocalDate on) {
    }

    private record Dated(UUID id, LocalDate on) {
    }

    private List<Line> judgeChunk(List<Base> chunk) {
        UUID[] ids = chunk.stream().map(Base::id).toArray(UUID[]::new);
        Map<UUID, List<Change>> changes = new HashMap<>();
        jdbc.sql("SELECT apprenticeship_id, to_status, transition, effective_date"
                        + " FROM enrolment.apprenticeship_status_change WHERE apprenticeship_id = ANY(:ids)"
                        + " ORDER BY effective_date, recorded_at")
                .param("ids", ids)
                .query((rs, n) -> new Change(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list().forEach(c -> changes.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c));
        Map<UUID, LocalDate> ends = new HashMap<>();
        for (Base b : chunk) {
            List<Change> own = changes.getOrDefault(b.id(), List.of());
            ends.put(b.id(), end(withdrawn(own), gateway(own)));
        }
        Map<UUID, LocalDate> learning = lastLearning(ids, ends);
        Map<UUID, List<LocalDate>> reviews = new HashMap<>();
        jdbc.sql("SELECT apprenticeship_id, meeting_at FROM review.progress_review WHERE apprenticeship_id = ANY(:ids)"
                        + " AND state IN ('AWAITING_SIGNATURES', 'SIGNED', 'AMENDING') AND meeting_at IS NOT NULL")
                .param("ids", ids)
                .query((rs, n) -> new Dated(rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant().atZone(LONDON).toLocalDate()))
                .list().forEach(d -> reviews.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d.on()));
        Map<UUID, List<LocalDate>> replans = new HashMap<>();
        jdbc.sql("SELECT apprenticeship_id, created_at FROM enrolment.training_plan_version"
                        + " WHERE apprenticeship_id = ANY(:ids)")
                .param("ids", ids)
                .query((rs, n) -> new Dated(rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant().atZone(LONDON).toLocalDate()))
                .list().forEach(d -> replans.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d.on()));
        LocalDate today = LocalDate.now(clock);
        List<Line> lines = new ArrayList<>(chunk.size());
        for (Base b : chunk) {
            List<Change> own = changes.getOrDefault(b.id(), List.of());
            LocalDate withdrawn = withdrawn(own);
            List<LocalDate> breakStarts = new ArrayList<>();
            List<RiskFacts.Period> breaks = new ArrayList<>();
            LocalDate open = null;
            for (Change c : own) {
                if ("BREAK_IN_LEARNING".equals(c.toStatus())) {
                    breakStarts.add(c.on());
                    open = c.on();
                } else if (open != null) {
                    breaks.add(new RiskFacts.Period(open, c.on()));
                    open = null;
                }
            }
            if (open != null) {
                breaks.add(new RiskFacts.Period(open, null));
            }
            LocalDate end = ends.get(b.id());
            List<LocalDate> held = reviews.getOrDefault(b.id(), List.of());
            LocalDate lastLearning = java.util.stream.Stream.concat(
                            java.util.stream.Stream.ofNullable(learning.get(b.id())), held.stream())
                    .filter(d -> end == null || !d.isAfter(end)).max(LocalDate::compareTo).orElse(null);
            LocalDate until = end != null ? end : today;
            ApprenticeshipId id = new ApprenticeshipId(b.id());
            RiskFacts facts = new RiskFacts(id, b.start(), withdrawn, lastLearning, breakStarts,
                    replans.getOrDefault(b.id(), List.of()), breaks, b.planned(), b.minimum(), b.rpl(),
                    b.rplPercent(), b.minReduction(), b.band(), b.price(), held, until);
            lines.add(new Line(id, b.learner(), b.employer(), b.standard(), b.start(), b.status(),
                    FundingRiskRules.all(facts)));
        }
        return lines;
    }

    /** The day of the last withdrawal, if any. */
    private static LocalDate withdrawn(List<Change> changes) {
        return changes.stream().filter(c -> "WITHDRAWN".equals(c.toStatus())).map(Change::on).reduce((x, y) -> y)
                .orElse(null);
    }

    /** The day of the first move to the gateway, if any. */
    private static LocalDate gateway(List<Change> changes) {
        return changes.stream().filter(c -> "GATEWAY".equals(c.toStatus())).map(Change::on).findFirst().orElse(null);
    }

    /** Where learning ended for the rules: the withdrawal, else the gateway, else not yet (null). */
    private static LocalDate end(LocalDate withdrawn, LocalDate gateway) {
        return withdrawn != null ? withdrawn : gateway;
    }

    /**
     * Each apprenticeship's last off-the-job activity that was not rejected, on or before the end of its learning
     * (any day while it goes on): one look along the entries' index per apprenticeship, never every entry read
     * (docs/performance.md, "Provider-wide reports (session 12)").
     */
    private Map<UUID, LocalDate> lastLearning(UUID[] ids, Map<UUID, LocalDate> ends) {
        String[] until = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            LocalDate end = ends.get(ids[i]);
            until[i] = end == null ? null : end.toString();
        }
        Map<UUID, LocalDate> last = new HashMap<>();
        jdbc.sql("""
                        SELECT x.id, (SELECT e.activity_date FROM otj.entry e
                                      WHERE e.apprenticeship_id = x.id AND e.state <> 'REJECTED'
                                        AND (x.until IS NULL OR e.activity_date <= x.until)
                                      ORDER BY e.activity_date DESC LIMIT 1)
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:until AS date[])) AS x(id, until)""")
                .param("ids", ids).param("until", until)
                .query((rs, n) -> {
                    LocalDate on = rs.getObject(2, LocalDate.class);
                    if (on != null) {
                        last.put(rs.getObject(1, UUID.class), on);
                    }
                    return null;
                }).list();
        return last;
    }


    /** Each apprenticeship's learner, employer and standard, for lists that keep only ids. */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, String[]> names(List<ApprenticeshipId> ids) {
        Map<ApprenticeshipId, String[]> names = new HashMap<>();
        jdbc.sql("""
                        SELECT a.id, l.full_name, e.name, a.standard_reference FROM enrolment.apprenticeship a
                             JOIN organisation.learner l ON l.id = a.learner_id
                             JOIN organisation.employer e ON e.id = a.employer_id
                        WHERE a.id = ANY(:ids)""")
                .param("ids", ids.stream().map(ApprenticeshipId::value).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(new ApprenticeshipId(rs.getObject(1, UUID.class)),
                        new String[] {rs.getString(2), rs.getString(3), rs.getString(4)}))
                .list().forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }
}
