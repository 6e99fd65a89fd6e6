package waypoint.reporting.internal.reviewcompliance;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.review.ReviewState;
import waypoint.shared.web.PageOf;

/**
 * Review compliance across the apprenticeships a member of staff may see (docs/domain/progress-reviews.md): due this
 * week, overdue, waiting for signatures, counted by tutor and by employer, and the share of active apprentices with an
 * in-date review (a review still to be held that is not overdue, or paused by a break). Staff only; a tutor sees their
 * caseload. Reviews are read from the view the review module publishes ({@code review.progress_review}), when each
 * falls due being the review module's own business; apprenticeships and names from enrolment's and organisation's.
 */
@Service
public class ReviewComplianceReport {

    public enum Filter {
        DUE_THIS_WEEK("Due this week"), OVERDUE("Overdue"), AWAITING_SIGNATURES("Waiting for signatures");

        private final String words;

        Filter(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** The filter named, or overdue (the list a tutor chases first) for anything else. */
        public static Filter named(String name) {
            for (Filter filter : values()) {
                if (filter.name().equals(name)) {
                    return filter;
                }
            }
            return OVERDUE;
        }
    }

    public record Line(UUID reviewId, ApprenticeshipId apprenticeshipId, int number, String learnerName,
            String employerName, String tutorName, ReviewState state, LocalDate dueDate, Instant meetingAt) {
    }

    public record Count(String name, long dueThisWeek, long overdue, long awaitingSignatures) {
    }

    /**
     * The counts: active apprentices and those with an in-date review, by tutor and by employer (the first 200 names
     * of each, in order), and every review in hand in the scope ({@code all}, whose figure for a filter is the length
     * of that filter's list).
     */
    public record Summary(long activeApprentices, long inDate, List<Count> byTutor, List<Count> byEmployer,
            Count all) {

        public int percentInDate() {
            return activeApprentices == 0 ? 100 : (int) Math.floor(100.0 * inDate / activeApprentices);
        }

        /** How many reviews the filter's list has. */
        public long total(Filter filter) {
            return switch (filter) {
                case DUE_THIS_WEEK -> all.dueThisWeek();
                case OVERDUE -> all.overdue();
                case AWAITING_SIGNATURES -> all.awaitingSignatures();
            };
        }
    }

    /** What the page and the API show: the counts and one page of a filter's list. */
    public record Compliance(Summary summary, PageOf<Line> page) {
    }

    /** At most this many lines in a CSV file. */
    public static final int MOST_IN_A_FILE = 10_000;

    private static final String FROM = """
             FROM review.progress_review r
                  JOIN enrolment.apprenticeship a ON a.id = r.apprenticeship_id
                  JOIN organisation.learner l ON l.id = a.learner_id
                  JOIN organisation.employer e ON e.id = a.employer_id
                  JOIN organisation.staff_member t ON t.id = a.tutor_id
            """;

    private final JdbcClient jdbc;
    private final ApprenticeshipAccess access;
    private final Clock clock;

    ReviewComplianceReport(JdbcClient jdbc, ApprenticeshipAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    public boolean canRead(CurrentUser user) {
        return user.isStaff();
    }

    private ApprenticeshipScope scope(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("Review compliance is for staff");
        }
        return access.scopeOf(user);
    }

    private static String condition(Filter filter) {
        return switch (filter) {
            case DUE_THIS_WEEK -> "r.state IN ('DUE', 'PLANNED') AND r.due_date BETWEEN :monday AND :sunday";
            case OVERDUE -> "r.state IN ('DUE', 'PLANNED') AND r.due_date < :today";
            case AWAITING_SIGNATURES -> "r.state = 'AWAITING_SIGNATURES'";
        };
    }

    /** Today in London and the Monday and Sunday of its week. */
    private Map<String, Object> dates() {
        LocalDate today = LocalDate.now(clock);
        return Map.of("today", today, "monday", today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                "sunday", today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
    }

    /**
     * The counts and one page of the filter's list, in two reads: the counts (whose figure for the filter is the
     * list's length) and the page, read in due-date order from an index of the reviews still to be held
     * ({@code progress_review_open_by_due}) or of the reviews by state and due date.
     */
    @Transactional(readOnly = true)
    public Compliance compliance(CurrentUser user, Filter filter, int page) {
        ApprenticeshipScope scope = scope(user);
        Summary summary = summary(scope);
        int number = Math.max(0, page);
        List<Line> lines = query(FROM + " WHERE " + scope.sqlCondition() + " AND " + condition(filter)
                + " ORDER BY r.due_date NULLS LAST, l.full_name, r.id LIMIT :size OFFSET :offset", scope,
                Map.of("size", PageOf.DEFAULT_SIZE, "offset", (long) number * PageOf.DEFAULT_SIZE));
        return new Compliance(summary, new PageOf<>(lines, number, PageOf.DEFAULT_SIZE, summary.total(filter)));
    }

    /** Every line of the filter, for the CSV file (at most {@link #MOST_IN_A_FILE}). */
    @Transactional(readOnly = true)
    public List<Line> all(CurrentUser user, Filter filter) {
        ApprenticeshipScope scope = scope(user);
        return query(FROM + " WHERE " + scope.sqlCondition() + " AND " + condition(filter)
                + " ORDER BY r.due_date NULLS LAST, l.full_name, r.id LIMIT " + MOST_IN_A_FILE, scope, Map.of());
    }

    private List<Line> query(String sql, ApprenticeshipScope scope, Map<String, Object> more) {
        return jdbc.sql("SELECT r.id, r.apprenticeship_id, r.number, l.full_name, e.name, t.name, r.state,"
                        + " r.due_date, r.meeting_at" + sql)
                .params(scope.sqlParameters()).params(dates()).params(more)
                .query((rs, n) -> new Line(rs.getObject(1, UUID.class),
                        new ApprenticeshipId(rs.getObject(2, UUID.class)), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), ReviewState.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class), rs.getTimestamp(9) == null ? null
                                : rs.getTimestamp(9).toInstant())).list();
    }

    /** The active apprentices in the scope, read with the counts (they are not counted review by review). */
    private static final String ACTIVE = " FROM enrolment.apprenticeship a WHERE %s"
            + " AND a.status IN ('IN_LEARNING', 'BREAK_IN_LEARNING')";

    /**
     * Every count in one read. The reviews in hand are read from their index with their apprenticeship's tutor and
     * employer (the subquery stands apart, OFFSET 0, so that its reviews are read from the index: grouped by sets
     * directly, PostgreSQL 18 reads every review's row from the table, 65,943 pages at the reference scale, instead of
     * the index's 502), counted by tutor, by employer and in all, and only then given names: tutors or employers who
     * share a name are counted together, as the report has always shown them. A review is in date when it is due or
     * planned and not overdue; an apprenticeship has at most one such review (the review module's unique index), so
     * counting those reviews of active apprenticeships counts the apprentices who have one.
     */
    private static final String COUNTS = """
            WITH counted AS (
                SELECT grouping(r.tutor_id, r.employer_id) AS level, r.tutor_id, r.employer_id,
                       count(*) FILTER (WHERE %1$s) AS due_this_week,
                       count(*) FILTER (WHERE %2$s) AS overdue,
                       count(*) FILTER (WHERE %3$s) AS awaiting_signatures,
                       count(*) FILTER (WHERE r.active AND r.state IN ('DUE', 'PLANNED')
                                              AND (r.due_date IS NULL OR r.due_date >= :today)) AS in_date
                FROM (SELECT r.state, r.due_date, a.tutor_id, a.employer_id,
                             a.status IN ('IN_LEARNING', 'BREAK_IN_LEARNING') AS active
                      FROM review.progress_review r JOIN enrolment.apprenticeship a ON a.id = r.apprenticeship_id
                      WHERE %4$s AND r.state IN ('DUE', 'PLANNED', 'AWAITING_SIGNATURES')
                      OFFSET 0) r
                GROUP BY GROUPING SETS ((r.tutor_id), (r.employer_id), ())
            )
            SELECT 0 AS kind, CAST(NULL AS text) AS name, coalesce(c.due_this_week, 0),
                   coalesce(c.overdue, 0), coalesce(c.awaiting_signatures, 0), coalesce(c.in_date, 0), s.active
            FROM (SELECT count(*) AS active %5$s) s LEFT JOIN counted c ON c.level = 3
            UNION ALL
            (SELECT 1, t.name, sum(c.due_this_week), sum(c.overdue), sum(c.awaiting_signatures), 0, 0
             FROM counted c JOIN organisation.staff_member t ON t.id = c.tutor_id
             WHERE c.level = 1 GROUP BY t.name ORDER BY t.name LIMIT 200)
            UNION ALL
            (SELECT 2, e.name, sum(c.due_this_week), sum(c.overdue), sum(c.awaiting_signatures), 0, 0
             FROM counted c JOIN organisation.employer e ON e.id = c.employer_id
             WHERE c.level = 2 GROUP BY e.name ORDER BY e.name LIMIT 200)
            ORDER BY kind, name""";

    private record CountRow(int kind, Count count, long inDate, long active) {
    }

    private Summary summary(ApprenticeshipScope scope) {
        String sql = COUNTS.formatted(condition(Filter.DUE_THIS_WEEK), condition(Filter.OVERDUE),
                condition(Filter.AWAITING_SIGNATURES), scope.sqlCondition(), ACTIVE.formatted(scope.sqlCondition()));
        List<CountRow> rows = jdbc.sql(sql).params(scope.sqlParameters()).params(dates())
                .query((rs, n) -> new CountRow(rs.getInt(1), new Count(rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)), rs.getLong(6), rs.getLong(7))).list();
        CountRow all = rows.get(0);
        return new Summary(all.active(), all.inDate(), counts(rows, 1), counts(rows, 2),
                new Count("All", all.count().dueThisWeek(), all.count().overdue(), all.count().awaitingSignatures()));
    }

    private static List<Count> counts(List<CountRow> rows, int kind) {
        return rows.stream().filter(row -> row.kind() == kind).map(CountRow::count).toList();
    }
}
