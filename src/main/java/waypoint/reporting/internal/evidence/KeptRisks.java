package waypoint.reporting.internal.evidence;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.otj.OffTheJobHours;
import waypoint.reporting.internal.KeptInBackground;
import waypoint.reporting.internal.KeptWhole;
import waypoint.shared.web.PageOf;

/**
 * The known funding risks, kept (docs/domain/audit-and-inspection.md, "Known risks"): every apprenticeship past
 * onboarding judged by {@link RiskList} each night ({@link KeptRisksNightly}), at the first start when none is kept,
 * and in the background when someone who reads the list asks ({@link KeptInBackground}), and kept in place of the
 * list before in one transaction. The risk list and its CSV read the kept findings a
 * page at a time, saying when they were worked out, instead of judging thousands of apprenticeships on each view
 * (docs/performance.md, "Everyday lists"). One working out at a time across every node.
 */
@Service
public class KeptRisks implements KeptWhole {

    /** A page of the list. */
    public static final int PAGE_SIZE = 25;
    private static final Logger log = LoggerFactory.getLogger(KeptRisks.class);

    /** When the kept list was worked out, by whom (a person's name or the nightly job), over how many. */
    public record WorkedOut(Instant at, String by, int apprenticeships) {
    }

    /** How many apprentices a risk flags, and for how many it is unknown. */
    public record Count(FundingRisk risk, long flagged, long unknown) {
    }

    /** A page of the kept list within the reader's scope and the filter, with the counts over all of it. */
    public record Page(WorkedOut workedOut, long judged, List<Count> counts, PageOf<RiskList.Line> lines) {
    }

    private final RiskList risks;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ApprenticeshipAccess access;
    private final EvidencePolicy policy;
    private final OffTheJobHours offTheJob;
    private final Clock clock;
    private final KeptInBackground background;

    KeptRisks(RiskList risks, JdbcClient jdbc, JdbcTemplate batches, ApprenticeshipAccess access,
            EvidencePolicy policy, OffTheJobHours offTheJob, Clock clock, KeptInBackground background) {
        this.risks = risks;
        this.jdbc = jdbc;
        this.batches = batches;
        this.access = access;
        this.policy = policy;
        this.offTheJob = offTheJob;
        this.clock = clock;
        this.background = background;
    }

    /**
     * "Work out the risks again now", for someone who reads the list: worked out in the background, answering at once;
     * while one is under way (the night's, someone else's) nothing more is started.
     */
    public KeptInBackground.Press workOutNow(CurrentUser user) {
        policy.requireEvidenceReader(user);
        return background.press(KeptRisks.class, user);
    }

    /** How the list stands: since when it has been being worked out again, and its last working out if it failed. */
    public KeptInBackground.Standing standing() {
        return background.standing(KeptRisks.class);
    }

    @Override
    public String name() {
        return "funding risk list";
    }

    @Override
    public boolean isKept() {
        return workedOut().isPresent();
    }

    /** The whole list worked out and kept in place of the one before, in one transaction. */
    @Override
    @Transactional
    public void workOutAndKeep(String by) {
        WorkedOut done = workOut(by);
        log.info("Funding risks worked out for {} apprenticeships", done.apprenticeships());
    }

    private WorkedOut workOut(String by) {
        long began = System.nanoTime();
        offTheJob.bringPaceUpToDate();
        jdbc.sql("DELETE FROM funding_risk_line").update();
        int[] place = {0};
        risks.judgeEvery(lines -> {
            List<Object[]> kept = new ArrayList<>(lines.size());
            List<Object[]> findings = new ArrayList<>();
            for (RiskList.Line line : lines) {
                kept.add(new Object[] {line.apprenticeshipId(), place[0]++, line.startDate(), line.standard(),
                        line.status(), line.anyFlagged()});
                for (RiskFinding finding : line.needingAttention()) {
                    findings.add(new Object[] {line.apprenticeshipId(), finding.risk().name(),
                            finding.verdict().name(), finding.words()});
                }
            }
            batches.batchUpdate("INSERT INTO funding_risk_line (apprenticeship_id, place, start_date,"
                    + " standard_reference, status, flagged) VALUES (?, ?, ?, ?, ?, ?)", kept);
            batches.batchUpdate("INSERT INTO funding_risk_finding (apprenticeship_id, risk, verdict, words)"
                    + " VALUES (?, ?, ?, ?)", findings);
        });
        WorkedOut done = new WorkedOut(clock.instant(), by, place[0]);
        jdbc.sql("""
                INSERT INTO funding_risk_list (id, worked_out_at, worked_out_by, apprenticeships, took_ms)
                VALUES (1, :at, :by, :apprenticeships, :took)
                ON CONFLICT (id) DO UPDATE SET worked_out_at = EXCLUDED.worked_out_at,
                    worked_out_by = EXCLUDED.worked_out_by, apprenticeships = EXCLUDED.apprenticeships,
                    took_ms = EXCLUDED.took_ms""")
                .param("at", Timestamp.from(done.at())).param("by", by).param("apprenticeships", done.apprenticeships())
                .param("took", (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - began) / 1_000_000))
                .update();
        return done;
    }

    /** When the kept list was worked out; empty when it has not been yet. */
    @Transactional(readOnly = true)
    public Optional<WorkedOut> workedOut() {
        return jdbc.sql("SELECT worked_out_at, worked_out_by, apprenticeships FROM funding_risk_list")
                .query((rs, n) -> new WorkedOut(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3)))
                .optional();
    }

    /**
     * A page of the apprentices flagged (with the risk chosen, or with any), in the list's order, with the counts of
     * every risk over the apprenticeships the reader may see that the filter keeps; empty when the list has not been
     * worked out yet. The header, counts and page are read in one snapshot: one working out, never parts of two.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<Page> page(CurrentUser user, RiskList.Filter filter, FundingRisk chosen, int page) {
        policy.requireEvidenceReader(user);
        Optional<WorkedOut> workedOut = workedOut();
        if (workedOut.isEmpty()) {
            return Optional.empty();
        }
        Narrowed narrowed = narrowed(access.scopeOf(user), filter);
        long judged = jdbc.sql("SELECT count(*) FROM " + narrowed.from() + narrowed.where())
                .params(narrowed.params()).query(Long.class).single();
        Map<FundingRisk, long[]> byRisk = new EnumMap<>(FundingRisk.class);
        jdbc.sql("SELECT f.risk, count(*) FILTER (WHERE f.verdict = 'FLAGGED'),"
                        + " count(*) FILTER (WHERE f.verdict = 'UNKNOWN') FROM " + narrowed.from()
                        + " JOIN funding_risk_finding f ON f.apprenticeship_id = k.apprenticeship_id" + narrowed.where()
                        + " GROUP BY f.risk")
                .params(narrowed.params())
                .query((rs, n) -> {
                    long[] flaggedAndUnknown = {rs.getLong(2), rs.getLong(3)};
                    return FundingRisk.named(rs.getString(1)).map(risk -> byRisk.put(risk, flaggedAndUnknown));
                })
                .list();
        List<Count> counts = Arrays.stream(FundingRisk.values()).map(risk -> {
            long[] c = byRisk.getOrDefault(risk, new long[2]);
            return new Count(risk, c[0], c[1]);
        }).toList();

        Map<String, Object> params = new HashMap<>(narrowed.params());
        String flagged = narrowed.where() + (chosen == null ? " AND k.flagged"
                : " AND EXISTS (SELECT 1 FROM funding_risk_finding c WHERE c.apprenticeship_id = k.apprenticeship_id"
                        + " AND c.risk = :chosen AND c.verdict = 'FLAGGED')");
        if (chosen != null) {
            params.put("chosen", chosen.name());
        }
        long total = jdbc.sql("SELECT count(*) FROM " + narrowed.from() + flagged).params(params)
                .query(Long.class).single();
        int number = Math.max(0, Math.min(page, (int) Math.max(0, (total - 1) / PAGE_SIZE)));
        params.put("limit", PAGE_SIZE);
        params.put("offset", number * PAGE_SIZE);
        List<Kept> lines = total == 0 ? List.of() : jdbc.sql("SELECT k.apprenticeship_id, k.start_date,"
                        + " k.standard_reference, k.status FROM " + narrowed.from() + flagged
                        + " ORDER BY k.place LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new Kept(new ApprenticeshipId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, java.time.LocalDate.class), rs.getString(3), rs.getString(4)))
                .list();
        return Optional.of(new Page(workedOut.get(), judged, counts,
                new PageOf<>(withFindings(lines), number, PAGE_SIZE, total)));
    }

    /**
     * Every kept line within the reader's scope and the filter that has a finding needing attention, in the list's
     * order, with its names, handed on one at a time as it is read (the CSV download writes each as it comes: the
     * whole list is never held).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<WorkedOut> eachNeedingAttention(CurrentUser user, RiskList.Filter filter,
            Consumer<RiskList.Line> each) {
        policy.requireEvidenceReader(user);
        Optional<WorkedOut> workedOut = workedOut();
        if (workedOut.isEmpty()) {
            return workedOut;
        }
        Narrowed narrowed = narrowed(access.scopeOf(user), filter);
        // one query for the whole download, in the list's order, each line's findings after it: read in batches by
        // place, each batch scanned the findings again (over a minute for 100,000 lines; docs/performance.md)
        Kept[] current = {null};
        String[] names = new String[2];
        List<RiskFinding> own = new ArrayList<>();
        Runnable endLine = () -> {
            if (current[0] != null) {
                own.sort(Comparator.comparing(RiskFinding::risk));
                Kept k = current[0];
                each.accept(new RiskList.Line(k.id(), names[0], names[1], k.standard(), k.start(), k.status(),
                        List.copyOf(own)));
                own.clear();
            }
        };
        jdbc.sql("SELECT k.apprenticeship_id, k.start_date, k.standard_reference, k.status, f.risk, f.verdict,"
                        + " f.words, l.full_name, e.name FROM " + narrowed.from()
                        + " JOIN funding_risk_finding f ON f.apprenticeship_id = k.apprenticeship_id"
                        + " JOIN enrolment.apprenticeship named ON named.id = k.apprenticeship_id"
                        + " JOIN organisation.learner l ON l.id = named.learner_id"
                        + " JOIN organisation.employer e ON e.id = named.employer_id"
                        + narrowed.where() + " ORDER BY k.place")
                .withFetchSize(1000).params(narrowed.params())
                .query((ResultSet rs) -> {
                    ApprenticeshipId id = new ApprenticeshipId(rs.getObject(1, UUID.class));
                    if (current[0] == null || !current[0].id().equals(id)) {
                        endLine.run();
                        current[0] = new Kept(id, rs.getObject(2, java.time.LocalDate.class), rs.getString(3),
                                rs.getString(4));
                        names[0] = rs.getString(8);
                        names[1] = rs.getString(9);
                    }
                    RiskFinding.Verdict verdict = RiskFinding.Verdict.valueOf(rs.getString(6));
                    String words = rs.getString(7);
                    FundingRisk.named(rs.getString(5)).ifPresent(risk -> own.add(new RiskFinding(risk, verdict, words)));
                });
        endLine.run();
        return workedOut;
    }

    /** A kept line's own columns, before its findings and names are read for the page. */
    private record Kept(ApprenticeshipId id, java.time.LocalDate start, String standard, String status) {
    }

    private record Narrowed(String from, String where, Map<String, Object> params) {
    }

    /** The kept lines (as {@code k}) the reader may see that the filter keeps. */
    private static Narrowed narrowed(ApprenticeshipScope scope, RiskList.Filter filter) {
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        String from = "funding_risk_line k";
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (scope.kind() != ApprenticeshipScope.Kind.EVERYONE) {
            from += " JOIN enrolment.apprenticeship a ON a.id = k.apprenticeship_id";
            where.append(" AND ").append(scope.sqlCondition());
        }
        if (filter.year() != null) {
            where.append(" AND k.start_date >= :yearFrom AND k.start_date < :yearTo");
            params.put("yearFrom", java.time.LocalDate.of(filter.year(), 8, 1));
            params.put("yearTo", java.time.LocalDate.of(filter.year() + 1, 8, 1));
        }
        if (filter.standard() != null && !filter.standard().isBlank()) {
            where.append(" AND k.standard_reference = :standard");
            params.put("standard", filter.standard().trim().toUpperCase());
        }
        return new Narrowed(from, where.toString(), params);
    }

    /** The lines with their kept findings (in the rules' order) and their names, read for these lines alone. */
    private List<RiskList.Line> withFindings(List<Kept> kept) {
        if (kept.isEmpty()) {
            return List.of();
        }
        List<ApprenticeshipId> ids = kept.stream().map(Kept::id).toList();
        Map<ApprenticeshipId, List<RiskFinding>> findings = new HashMap<>();
        jdbc.sql("SELECT apprenticeship_id, risk, verdict, words FROM funding_risk_finding"
                        + " WHERE apprenticeship_id = ANY(:ids)")
                .param("ids", ids.stream().map(ApprenticeshipId::value).toArray(UUID[]::new))
                .query((rs, n) -> {
                    ApprenticeshipId id = new ApprenticeshipId(rs.getObject(1, UUID.class));
                    RiskFinding.Verdict verdict = RiskFinding.Verdict.valueOf(rs.getString(3));
                    String words = rs.getString(4);
                    return FundingRisk.named(rs.getString(2)).map(risk -> findings
                            .computeIfAbsent(id, k -> new ArrayList<>()).add(new RiskFinding(risk, verdict, words)));
                })
                .list();
        Map<ApprenticeshipId, String[]> names = risks.names(ids);
        return kept.stream().map(k -> {
            String[] named = names.getOrDefault(k.id(), new String[3]);
            List<RiskFinding> own = new ArrayList<>(findings.getOrDefault(k.id(), List.of()));
            own.sort(Comparator.comparing(RiskFinding::risk));
            return new RiskList.Line(k.id(), named[0], named[1], k.standard(), k.start(), k.status(), List.copyOf(own));
        }).toList();
    }
}
