package waypoint.reporting.internal.caseload;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.otj.RagStatus;
import waypoint.reporting.internal.KeptInBackground;
import waypoint.reporting.internal.KeptWhole;
import waypoint.reporting.internal.TableCopy;
import waypoint.shared.web.PageOf;

/**
 * The caseload overview, kept (docs/domain/accountability.md, "The caseload board"): every active apprenticeship's
 * signals, as the board works them out, kept one line an apprenticeship each night ({@link KeptOverviewNightly}), at
 * the first start when none is kept, and in the background when a member of staff asks ({@link KeptInBackground}), in
 * place of the overview before in one transaction. The overview and its CSV count the kept lines by tutor, employer
 * or standard in one grouped query, a page of groups at a time, instead of working out every signal of every
 * apprentice on each view (3 to 4.6 s at 100,000 apprenticeships; docs/performance.md). Each reader's own scope
 * narrows the lines counted, so someone who sees part of the provider sees the counts of their part only.
 */
@Service
public class KeptOverview implements KeptWhole {

    /** Groups a page. */
    public static final int PAGE_SIZE = 50;
    private static final Logger log = LoggerFactory.getLogger(KeptOverview.class);
    /** A signal's column of the kept line: its kind's name ("off_the_job"). */
    private static final Map<CaseloadBoard.Kind, String> COLUMNS = new LinkedHashMap<>();

    static {
        for (CaseloadBoard.Kind kind : CaseloadBoard.Kind.values()) {
            COLUMNS.put(kind, kind.name().toLowerCase(Locale.ROOT));
        }
    }

    /** When the kept overview was worked out, by whom (a person's name or the nightly job), over how many. */
    public record WorkedOut(Instant at, String by, int apprenticeships) {
    }

    /** A page of the groups the reader may see, and how many groups there are in all. */
    public record Page(WorkedOut workedOut, PageOf<CaseloadBoard.Group> groups) {
    }

    /** Every group the reader may see (for the CSV). */
    public record All(WorkedOut workedOut, List<CaseloadBoard.Group> groups) {
    }

    private final CaseloadBoard board;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ApprenticeshipAccess access;
    private final Clock clock;
    private final KeptInBackground background;

    KeptOverview(CaseloadBoard board, JdbcClient jdbc, DataSource dataSource, ApprenticeshipAccess access, Clock clock,
            KeptInBackground background) {
        this.board = board;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.access = access;
        this.clock = clock;
        this.background = background;
    }

    /**
     * "Work out the overview again now", for someone who may read it: worked out in the background, answering at
     * once; while one is under way (the night's, someone else's) nothing more is started.
     */
    public KeptInBackground.Press workOutNow(CurrentUser user) {
        requireReader(user);
        return background.press(KeptOverview.class, user);
    }

    /** How the overview stands: since when it has been being worked out again, and its last working out if it failed. */
    public KeptInBackground.Standing standing() {
        return background.standing(KeptOverview.class);
    }

    @Override
    public String name() {
        return "caseload overview";
    }

    @Override
    public boolean isKept() {
        return workedOut().isPresent();
    }

    /**
     * Every active apprenticeship's signals worked out as the board does, and kept in place of the overview before,
     * in the caller's transaction. As at the moment the records are read.
     */
    @Override
    @Transactional
    public void workOutAndKeep(String by) {
        long began = System.nanoTime();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<CaseloadBoard.Row> rows = board.everyActive();
        jdbc.sql("DELETE FROM caseload_overview_line").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            TableCopy lines = new TableCopy(connection.unwrap(PGConnection.class), "caseload_overview_line"
                    + " (apprenticeship_id, tutor_id, employer_id, standard_reference, "
                    + String.join(", ", COLUMNS.values()) + ")");
            for (CaseloadBoard.Row r : rows) {
                Object[] line = new Object[4 + COLUMNS.size()];
                line[0] = r.apprenticeshipId();
                line[1] = r.tutorId();
                line[2] = r.employerId();
                line[3] = r.standard();
                for (CaseloadBoard.Kind kind : CaseloadBoard.Kind.values()) {
                    line[4 + kind.ordinal()] = RagStatus.UNKNOWN.name();
                }
                for (CaseloadBoard.Signal s : r.signals()) {
                    line[4 + s.kind().ordinal()] = s.rag().name();
                }
                lines.row(line);
            }
            lines.end();
        } catch (SQLException | IOException failed) {
            throw new IllegalStateException("The caseload overview could not be written", failed);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        int took = (int) Math.min(Integer.MAX_VALUE, Duration.ofNanos(System.nanoTime() - began).toMillis());
        jdbc.sql("""
                        INSERT INTO caseload_overview (id, worked_out_at, worked_out_by, apprenticeships, took_ms)
                        VALUES (1, :at, :by, :apprenticeships, :took)
                        ON CONFLICT (id) DO UPDATE SET worked_out_at = EXCLUDED.worked_out_at,
                            worked_out_by = EXCLUDED.worked_out_by, apprenticeships = EXCLUDED.apprenticeships,
                            took_ms = EXCLUDED.took_ms""")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).param("apprenticeships", rows.size())
                .param("took", took).update();
        log.info("Caseload overview worked out for {} apprenticeships in {} ms", rows.size(), took);
    }

    /** When the kept overview was worked out; empty when it has not been yet. */
    @Transactional(readOnly = true)
    public Optional<WorkedOut> workedOut() {
        return jdbc.sql("SELECT worked_out_at, worked_out_by, apprenticeships FROM caseload_overview")
                .query((rs, n) -> new WorkedOut(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getInt(3)))
                .optional();
    }

    /**
     * A page of the groups (the page asked for, or the last when it asks past the end), in the order of their names,
     * counted over the kept lines the reader may see; empty when the overview has not been worked out yet. The header
     * and the counts are read in one snapshot: one working out, never parts of two.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<Page> page(CurrentUser user, CaseloadBoard.By by, int page) {
        requireReader(user);
        Optional<WorkedOut> workedOut = workedOut();
        if (workedOut.isEmpty()) {
            return Optional.empty();
        }
        long[] total = {0};
        int number = Math.max(0, page);
        List<CaseloadBoard.Group> groups = groups(user, by, number, total);
        if (groups.isEmpty() && total[0] > 0) {
            // past the end: the last page
            number = (int) ((total[0] - 1) / PAGE_SIZE);
            groups = groups(user, by, number, total);
        }
        return Optional.of(new Page(workedOut.get(), new PageOf<>(groups, number, PAGE_SIZE, total[0])));
    }

    /** Every group the reader may see, in the order of their names; empty when none has been worked out yet. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<All> all(CurrentUser user, CaseloadBoard.By by) {
        requireReader(user);
        return workedOut().map(w -> new All(w, groups(user, by, -1, new long[1])));
    }

    private void requireReader(CurrentUser user) {
        if (!board.canRead(user)) {
            throw new AccessDeniedException("The caseload overview is for staff");
        }
    }

    /**
     * The groups in the reader's scope, counted in one query: a page of them ({@code page} from 0), or all when
     * {@code page} is negative; {@code total} is given the number of groups in all. The names are read for the groups
     * counted, not kept.
     */
    private List<CaseloadBoard.Group> groups(CurrentUser user, CaseloadBoard.By by, int page, long[] total) {
        ApprenticeshipScope scope = access.scopeOf(user);
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        String from = "caseload_overview_line k";
        String where = "";
        if (scope.kind() != ApprenticeshipScope.Kind.EVERYONE) {
            from += " JOIN enrolment.apprenticeship a ON a.id = k.apprenticeship_id";
            where = " WHERE " + scope.sqlCondition();
        }
        String key = switch (by) {
            case TUTOR -> "k.tutor_id";
            case EMPLOYER -> "k.employer_id";
            case STANDARD -> "k.standard_reference";
        };
        String named = switch (by) {
            case TUTOR -> " LEFT JOIN organisation.staff_member n ON n.id = g.key";
            case EMPLOYER -> " LEFT JOIN organisation.employer n ON n.id = g.key";
            case STANDARD -> "";
        };
        String label = switch (by) {
            case TUTOR -> "coalesce(n.name, 'No tutor')";
            case EMPLOYER -> "n.name";
            case STANDARD -> "g.key";
        };
        StringBuilder counts = new StringBuilder();
        for (String column : COLUMNS.values()) {
            counts.append(", count(*) FILTER (WHERE k.").append(column).append(" = 'RED')")
                    .append(", count(*) FILTER (WHERE k.").append(column).append(" = 'AMBER')")
                    .append(", count(*) FILTER (WHERE k.").append(column).append(" = 'UNKNOWN')");
        }
        String limit = "";
        if (page >= 0) {
            limit = " LIMIT :limit OFFSET :offset";
            params.put("limit", PAGE_SIZE);
            params.put("offset", (long) page * PAGE_SIZE);
        }
        List<CaseloadBoard.Group> groups = new ArrayList<>();
        total[0] = 0;
        jdbc.sql("WITH g AS (SELECT " + key + " AS key, count(*) AS apprentices" + counts + " FROM " + from + where
                        + " GROUP BY " + key + ")"
                        + " SELECT g.*, " + label + " AS label, count(*) OVER () AS groups FROM g" + named
                        + " ORDER BY lower(" + label + ") NULLS LAST, g.key::text" + limit)
                .params(params)
                .query(rs -> {
                    Map<CaseloadBoard.Kind, Long> red = new LinkedHashMap<>();
                    Map<CaseloadBoard.Kind, Long> amber = new LinkedHashMap<>();
                    Map<CaseloadBoard.Kind, Long> unknown = new LinkedHashMap<>();
                    int column = 3;
                    for (CaseloadBoard.Kind kind : CaseloadBoard.Kind.values()) {
                        red.put(kind, rs.getLong(column++));
                        amber.put(kind, rs.getLong(column++));
                        unknown.put(kind, rs.getLong(column++));
                    }
                    groups.add(new CaseloadBoard.Group(String.valueOf(rs.getObject("key")), rs.getString("label"),
                            rs.getLong("apprentices"), red, amber, unknown));
                    total[0] = rs.getLong("groups");
                });
        if (groups.isEmpty() && page > 0) {
            // past the end the window counts nothing: the number of groups is read on its own
            total[0] = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM " + from + where + " GROUP BY " + key + ") g")
                    .params(params).query(Long.class).single();
        }
        return groups;
    }
}
