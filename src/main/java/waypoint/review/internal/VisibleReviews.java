package waypoint.review.internal;

import java.time.LocalDate;
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
import waypoint.review.ReviewState;
import waypoint.shared.web.PageOf;

/**
 * The reviews of the apprenticeships someone who is not staff may see: a learner's own, an employer contact's
 * apprentices'. Staff read review compliance, the reporting module's report across their caseload.
 */
@Service
public class VisibleReviews {

    public record Line(UUID reviewId, ApprenticeshipId apprenticeshipId, int number, String learnerName,
            String employerName, String tutorName, ReviewState state, LocalDate dueDate, java.time.Instant meetingAt) {
    }

    private static final String FROM = """
             FROM progress_review r
                  JOIN enrolment.apprenticeship a ON a.id = r.apprenticeship_id
                  JOIN organisation.learner l ON l.id = a.learner_id
                  JOIN organisation.employer e ON e.id = a.employer_id
                  JOIN organisation.staff_member t ON t.id = a.tutor_id
            """;

    private final JdbcClient jdbc;
    private final ApprenticeshipAccess access;

    VisibleReviews(JdbcClient jdbc, ApprenticeshipAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    private List<Line> query(String sql, ApprenticeshipScope scope, Map<String, Object> more) {
        return jdbc.sql("SELECT r.id, r.apprenticeship_id, r.number, l.full_name, e.name, t.name, r.state,"
                        + " r.due_date, r.meeting_at" + sql)
                .params(scope.sqlParameters()).params(more)
                .query((rs, n) -> new Line(rs.getObject(1, UUID.class),
                        new ApprenticeshipId(rs.getObject(2, UUID.class)), rs.getInt(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), ReviewState.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class), rs.getTimestamp(9) == null ? null
                                : rs.getTimestamp(9).toInstant())).list();
    }

    /** An apprenticeship with reviews held at a previous provider: whose, how many, the latest day one was held. */
    public record WithPreviousProvider(ApprenticeshipId apprenticeshipId, String learnerName, long reviews,
            LocalDate lastHeld) {
    }

    /** The apprenticeships someone may see that have reviews with a previous provider (at most 50). */
    @Transactional(readOnly = true)
    public List<WithPreviousProvider> withPreviousProviders(CurrentUser user) {
        ApprenticeshipScope scope = access.scopeOf(user);
        return jdbc.sql("SELECT a.id, l.full_name, count(*), max(p.held_on) FROM prior_review p"
                        + " JOIN enrolment.apprenticeship a ON a.id = p.apprenticeship_id"
                        + " JOIN organisation.learner l ON l.id = a.learner_id WHERE " + scope.sqlCondition()
                        + " GROUP BY a.id, l.full_name ORDER BY l.full_name, a.id LIMIT 50")
                .params(scope.sqlParameters())
                .query((rs, n) -> new WithPreviousProvider(new ApprenticeshipId(rs.getObject(1, UUID.class)),
                        rs.getString(2), rs.getLong(3), rs.getObject(4, LocalDate.class))).list();
    }

    /** The reviews of the apprenticeships someone may see (a learner's own, an employer's), newest first. */
    @Transactional(readOnly = true)
    public PageOf<Line> visibleTo(CurrentUser user, int page) {
        ApprenticeshipScope scope = access.scopeOf(user);
        String where = " WHERE " + scope.sqlCondition() + " AND r.state <> 'CANCELLED'";
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(scope.sqlParameters()).query(Long.class)
                .single();
        int number = Math.max(0, page);
        List<Line> lines = query(FROM + where + " ORDER BY CASE r.state WHEN 'AWAITING_SIGNATURES' THEN 0"
                + " WHEN 'PLANNED' THEN 1 WHEN 'DUE' THEN 2 ELSE 3 END, r.due_date DESC NULLS LAST, r.id"
                + " LIMIT :size OFFSET :offset", scope, Map.of("size", PageOf.DEFAULT_SIZE, "offset",
                (long) number * PageOf.DEFAULT_SIZE));
        return new PageOf<>(lines, number, PageOf.DEFAULT_SIZE, total);
    }
}
