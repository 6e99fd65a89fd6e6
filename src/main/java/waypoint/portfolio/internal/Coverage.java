package waypoint.portfolio.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.catalogue.Ksb;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.portfolio.CoverageFigures;
import waypoint.shared.time.GovUkDates;

/**
 * The KSB coverage of an apprenticeship: each KSB's status, evidence count and last activity in two queries whatever
 * the amount of evidence; the gaps; and a caseload's coverage against the elapsed share of the programme, one query per
 * page.
 */
@Component
public class Coverage {

    /** A KSB with nothing new in 30 days is flagged in the coverage matrix. */
    public static final int QUIET_DAYS = 30;

    private final JdbcClient jdbc;
    private final KsbCatalogue ksbs;
    private final Clock clock;

    Coverage(JdbcClient jdbc, KsbCatalogue ksbs, Clock clock) {
        this.jdbc = jdbc;
        this.ksbs = ksbs;
        this.clock = clock;
    }

    public record Row(String code, String text, KsbStatus status, int evidenceCount, Instant lastActivity,
            String gap) {

        /** The day of the last activity, in Europe/London, or null. */
        public LocalDate lastActivityOn() {
            return lastActivity == null ? null : lastActivity.atZone(GovUkDates.LONDON).toLocalDate();
        }
    }

    public record Matrix(ApprenticeshipSummary apprenticeship, List<Row> rows, CoverageFigures figures) {

        public List<Row> gaps() {
            return rows.stream().filter(r -> r.gap() != null).toList();
        }

        public List<String> codesToSignOff() {
            return rows.stream().filter(r -> r.status() == KsbStatus.ACCEPTED).map(Row::code).toList();
        }
    }

    private record Claims(int count, boolean accepted, Instant last) {
    }

    public Matrix matrixOf(ApprenticeshipSummary a) {
        Map<String, Claims> claims = new HashMap<>();
        jdbc.sql("""
                SELECT c.ksb_code, count(*) AS n,
                       bool_or(c.decision = 'ACCEPTED' AND e.state IN ('ACCEPTED', 'SIGNED_OFF')) AS accepted,
                       max(e.updated_at) AS last
                FROM portfolio_claim c JOIN portfolio_evidence e ON e.id = c.evidence_id
                WHERE c.apprenticeship_id = :a GROUP BY c.ksb_code""").param("a", a.id())
                .query(rs -> {
                    claims.put(rs.getString("ksb_code"), claims(rs));
                });
        Map<String, Instant> signedOff = new HashMap<>();
        jdbc.sql("SELECT ksb_code, signed_off_at FROM portfolio_ksb_sign_off WHERE apprenticeship_id = :a")
                .param("a", a.id()).query(rs -> {
                    signedOff.put(rs.getString("ksb_code"), rs.getTimestamp("signed_off_at").toInstant());
                });
        return matrix(a, ksbs.of(a), claims, signedOff);
    }

    /**
     * The figures of many apprenticeships (the at-risk signals) in two queries, worked out as {@link #matrixOf}
     * does, the KSBs read once per standard version.
     */
    public Map<ApprenticeshipId, CoverageFigures> figuresOf(Collection<ApprenticeshipSummary> apprenticeships) {
        Map<ApprenticeshipId, Map<String, Claims>> claims = new HashMap<>();
        Map<ApprenticeshipId, Map<String, Instant>> signedOff = new HashMap<>();
        List<ApprenticeshipId> ids = apprenticeships.stream().map(ApprenticeshipSummary::id).toList();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    SELECT c.apprenticeship_id, c.ksb_code, count(*) AS n,
                           bool_or(c.decision = 'ACCEPTED' AND e.state IN ('ACCEPTED', 'SIGNED_OFF')) AS accepted,
                           max(e.updated_at) AS last
                    FROM portfolio_claim c JOIN portfolio_evidence e ON e.id = c.evidence_id
                    WHERE c.apprenticeship_id IN (:ids) GROUP BY c.apprenticeship_id, c.ksb_code""")
                    .param("ids", ids).query(rs -> {
                        claims.computeIfAbsent(new ApprenticeshipId(rs.getObject("apprenticeship_id", UUID.class)),
                                        id -> new HashMap<>())
                                .put(rs.getString("ksb_code"), claims(rs));
                    });
            jdbc.sql("SELECT apprenticeship_id, ksb_code, signed_off_at FROM portfolio_ksb_sign_off"
                            + " WHERE apprenticeship_id IN (:ids)")
                    .param("ids", ids).query(rs -> {
                        signedOff.computeIfAbsent(new ApprenticeshipId(rs.getObject("apprenticeship_id", UUID.class)),
                                        id -> new HashMap<>())
                                .put(rs.getString("ksb_code"), rs.getTimestamp("signed_off_at").toInstant());
                    });
        }
        Map<String, List<Ksb>> ksbsByStandard = new HashMap<>();
        Map<ApprenticeshipId, CoverageFigures> figures = new HashMap<>();
        for (ApprenticeshipSummary a : apprenticeships) {
            List<Ksb> standardKsbs = ksbsByStandard.computeIfAbsent(a.standardReference() + " v" + a.standardVersion(),
                    standard -> ksbs.of(a));
            figures.put(a.id(), matrix(a, standardKsbs, claims.getOrDefault(a.id(), Map.of()),
                    signedOff.getOrDefault(a.id(), Map.of())).figures());
        }
        return figures;
    }

    private static Claims claims(ResultSet rs) throws SQLException {
        return new Claims(rs.getInt("n"), rs.getBoolean("accepted"), rs.getTimestamp("last").toInstant());
    }

    private Matrix matrix(ApprenticeshipSummary a, List<Ksb> standardKsbs, Map<String, Claims> claims,
            Map<String, Instant> signedOff) {
        Instant quietSince = clock.instant().minus(QUIET_DAYS, ChronoUnit.DAYS);
        List<Row> rows = standardKsbs.stream().map(k -> row(k, claims.get(k.code()), signedOff.get(k.code()),
                quietSince)).toList();
        int done = (int) rows.stream().filter(r -> r.status() == KsbStatus.SIGNED_OFF).count();
        int evidenced = (int) rows.stream().filter(r -> r.evidenceCount() > 0).count();
        return new Matrix(a, rows, new CoverageFigures(a.id(), rows.size(), done, evidenced,
                percent(done, rows.size()), elapsedPercent(a.startDate(), a.plannedEndDate())));
    }

    private static Row row(Ksb k, Claims c, Instant signedOffAt, Instant quietSince) {
        KsbStatus status = signedOffAt != null ? KsbStatus.SIGNED_OFF : c == null ? KsbStatus.NOT_STARTED
                : c.accepted() ? KsbStatus.ACCEPTED : KsbStatus.EVIDENCE_SUBMITTED;
        Instant last = signedOffAt != null && (c == null || signedOffAt.isAfter(c.last())) ? signedOffAt
                : c == null ? null : c.last();
        String gap = status == KsbStatus.NOT_STARTED ? "No evidence yet"
                : status != KsbStatus.SIGNED_OFF && last.isBefore(quietSince) ? "Nothing new in " + QUIET_DAYS + " days"
                : null;
        return new Row(k.code(), k.text().orElse(""), status, c == null ? 0 : c.count(), last, gap);
    }

    public record CaseloadRow(ApprenticeshipId apprenticeshipId, String learnerName, String standard, int ksbsTotal,
            int ksbsSignedOff, int ksbsWithEvidence, int waiting, int percentComplete, int elapsedPercent) {

        public boolean behind() {
            return percentComplete < elapsedPercent;
        }
    }

    private static final String ACTIVE = "a.status IN ('ONBOARDING', 'IN_LEARNING', 'BREAK_IN_LEARNING', 'GATEWAY',"
            + " 'END_POINT_ASSESSMENT')";

    /** The active apprenticeships in scope by learner name, each with its coverage: one query for the page. */
    public List<CaseloadRow> caseload(ApprenticeshipScope scope, int page, int size) {
        return jdbc.sql("""
                SELECT a.id, l.full_name, a.standard_reference, a.standard_version, a.start_date, a.planned_end_date,
                       (SELECT count(*) FROM catalogue.standard_ksb k
                         JOIN catalogue.standard_version sv ON sv.id = k.standard_version_id
                         WHERE sv.reference_number = a.standard_reference AND sv.version = a.standard_version) AS total,
                       (SELECT count(*) FROM portfolio_ksb_sign_off s WHERE s.apprenticeship_id = a.id) AS signed_off,
                       (SELECT count(DISTINCT c.ksb_code) FROM portfolio_claim c
                         WHERE c.apprenticeship_id = a.id) AS evidenced,
                       (SELECT count(*) FROM portfolio_evidence e
                         WHERE e.apprenticeship_id = a.id AND e.state = 'SUBMITTED') AS waiting
                FROM enrolment.apprenticeship a JOIN organisation.learner l ON l.id = a.learner_id
                WHERE """ + " " + ACTIVE + " AND " + scope.sqlCondition()
                        + " ORDER BY lower(l.full_name), a.id LIMIT :size OFFSET :offset")
                .params(scope.sqlParameters()).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> {
                    int total = rs.getInt("total");
                    int signed = Math.min(total, rs.getInt("signed_off"));
                    return new CaseloadRow(new ApprenticeshipId(rs.getObject("id", UUID.class)),
                            rs.getString("full_name"),
                            rs.getString("standard_reference") + " v" + rs.getString("standard_version"), total,
                            signed, rs.getInt("evidenced"), rs.getInt("waiting"), percent(signed, total),
                            elapsedPercent(rs.getObject("start_date", LocalDate.class),
                                    rs.getObject("planned_end_date", LocalDate.class)));
                }).list();
    }

    public long caseloadCount(ApprenticeshipScope scope) {
        return jdbc.sql("SELECT count(*) FROM enrolment.apprenticeship a WHERE " + ACTIVE + " AND "
                        + scope.sqlCondition())
                .params(scope.sqlParameters()).query(Long.class).single();
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.floorDiv(100L * part, whole);
    }

    int elapsedPercent(LocalDate start, LocalDate plannedEnd) {
        long all = ChronoUnit.DAYS.between(start, plannedEnd);
        long gone = ChronoUnit.DAYS.between(start, LocalDate.now(clock));
        return all <= 0 ? 100 : (int) Math.max(0, Math.min(100, 100 * gone / all));
    }

    static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
