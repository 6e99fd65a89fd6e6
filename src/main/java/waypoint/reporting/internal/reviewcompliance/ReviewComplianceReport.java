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

    public record Line(UUID reviewId, UUID apprenticeshipId, int number, String learnerName, String employerName,
            String tutorName, ReviewState state, LocalDate dueDate, Instant meetingAt) {
    }

    public record Count(String name, long dueThisWeek, long overdue, long awaitingSignatures) {
    }

    public record Summary(long activeApprentices, long inDate, List<Count> byTutor, List<Count> byEmployer) {

        public int percentInDate() {
            return activeApprentices == 0 ? 100 : (int) Math.floor(100.0 * inDate / activeApprentices);
        }
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

    @Transactional(readOnly = true)
    public PageOf<Line> list(CurrentUser user, Filter filter, int page) {
        ApprenticeshipScope scope = scope(user);
        String where = " WHERE " + scope.sqlCondition() + " AND " + condition(filter);
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(scope.sqlParameters()).params(dates())
                .query(Long.class).single();
        int number = Math.max(0, page);
        List<Line> lines = query(FROM + where + " ORDER BY r.due_date NULLS LAST, l.full_name, r.id LIMIT :size"
                + " OFFSET :offset", scope, Map.of("size", PageOf.DEFAULT_SIZE, "offset",
                (long) number * PageOf.DEFAULT_SIZE));
        return new PageOf<>(lines, number, PageOf.DEFAULT_SIZE, total);
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
                .query((rs, n) -> new Line(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), ReviewState.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class), rs.getTimestamp(9) == null ? null
                                : rs.getTimestamp(9).toInstant())).list();
    }

    @Transactional(readOnly = true)
    public Summary summary(CurrentUser user) {
        ApprenticeshipScope scope = scope(user);
        String active = " FROM enrolment.apprenticeship a WHERE " + scope.sqlCondition()
                + " AND a.status IN ('IN_LEARNING', 'BREAK_IN_LEARNING')";
        long total = jdbc.sql("SELECT count(*)" + active).params(scope.sqlParameters()).query(Long.class).single();
        long inDate = jdbc.sql("SELECT count(*)" + active + " AND EXISTS (SELECT 1 FROM review.progress_review r"
                        + " WHERE r.apprenticeship_id = a.id AND r.state IN ('DUE', 'PLANNED')"
                        + " AND (r.due_date IS NULL OR r.due_date >= :today))")
                .params(scope.sqlParameters()).params(dates()).query(Long.class).single();
        return new Summary(total, inDate, counts(scope, "t.name"), counts(scope, "e.name"));
    }

    /** {@code by} is one of two fixed column names, never input. */
    private List<Count> counts(ApprenticeshipScope scope, String by) {
        return jdbc.sql("SELECT " + by + ", count(*) FILTER (WHERE " + condition(Filter.DUE_THIS_WEEK) + "),"
                        + " count(*) FILTER (WHERE " + condition(Filter.OVERDUE) + "),"
                        + " count(*) FILTER (WHERE " + condition(Filter.AWAITING_SIGNATURES) + ")" + FROM
                        + " WHERE " + scope.sqlCondition() + " AND r.state IN ('DUE', 'PLANNED', 'AWAITING_SIGNATURES')"
                        + " GROUP BY " + by + " ORDER BY " + by + " LIMIT 200")
                .params(scope.sqlParameters()).params(dates())
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
    }
}
