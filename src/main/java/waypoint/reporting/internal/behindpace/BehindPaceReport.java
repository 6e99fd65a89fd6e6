package waypoint.reporting.internal.behindpace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.otj.OffTheJobHours;
import waypoint.otj.RagStatus;
import waypoint.shared.web.PageOf;

/**
 * The provider's behind-pace report (docs/domain/off-the-job-hours.md): the apprenticeships in learning whose approved
 * off-the-job hours are below the provider's amber threshold of those expected to date, the largest shortfall first,
 * within what the person may see (a tutor their caseload). Staff only. It lists the pace the off-the-job module
 * publishes ({@code otj.pace}, worked out for the day first) with the names the organisation module publishes; how
 * the hours expected and the status are worked out stays off-the-job's.
 */
@Service
public class BehindPaceReport {

    private final JdbcClient jdbc;
    private final ApprenticeshipAccess access;
    private final OffTheJobHours offTheJob;

    BehindPaceReport(JdbcClient jdbc, ApprenticeshipAccess access, OffTheJobHours offTheJob) {
        this.jdbc = jdbc;
        this.access = access;
        this.offTheJob = offTheJob;
    }

    public record Row(ApprenticeshipId apprenticeshipId, String learnerName, String employerName, String tutorName,
            String standard, BigDecimal planned, BigDecimal expected, BigDecimal approved, BigDecimal pending,
            BigDecimal shortfall, RagStatus status) {
    }

    /** Narrows the report: any of them may be empty. */
    public record Filter(UUID tutorId, UUID employerId, String standardReference) {
    }

    public boolean canRead(CurrentUser user) {
        return user.isStaff();
    }

    /** Refuses anyone who may not read the report, before anything else is looked at. */
    public void requireReader(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("The behind-pace report is for staff");
        }
    }

    /**
     * A page of the apprenticeships behind. Unfiltered for someone who sees everyone, the count is read from the index
     * of those behind alone, so a page costs the same with 100 or 100,000 apprenticeships.
     */
    @Transactional
    public PageOf<Row> page(CurrentUser user, Filter filter, int page, int size) {
        Query query = query(user, filter);
        // everyone behind, unfiltered: counted from the index of those behind alone; the join to apprenticeship adds
        // nothing there (every pace row has its apprenticeship) but a scan of 100,000 rows
        boolean everyoneBehind = query.where.equals(" WHERE t.behind AND TRUE");
        long total = jdbc.sql(everyoneBehind ? "SELECT count(*) FROM otj.pace t WHERE t.behind"
                : "SELECT count(*)" + FROM + query.where).params(query.params).query(Long.class).single();
        query.params.put("size", size);
        query.params.put("offset", (long) page * size);
        List<Row> rows = jdbc.sql(query.select() + " LIMIT :size OFFSET :offset").params(query.params)
                .query((rs, n) -> query.row(rs)).list();
        return new PageOf<>(rows, page, size, total);
    }

    /**
     * Every apprenticeship behind, in the report's order, one after another as the database gives them: one query for
     * a whole download, however many there are (a page at a time would sort the whole list again for each page).
     */
    @Transactional
    public void each(CurrentUser user, Filter filter, Consumer<Row> action) {
        Query query = query(user, filter);
        jdbc.sql(query.select()).withFetchSize(1000).params(query.params).query((ResultSet rs) -> {
            action.accept(query.row(rs));
        });
    }

    private static final String FROM =
            " FROM otj.pace t JOIN enrolment.apprenticeship a ON a.id = t.apprenticeship_id";

    private Query query(CurrentUser user, Filter filter) {
        requireReader(user);
        ApprenticeshipScope scope = access.scopeOf(user);
        offTheJob.bringPaceUpToDate();
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        StringBuilder where = new StringBuilder(" WHERE t.behind AND " + scope.sqlCondition());
        if (filter.tutorId() != null) {
            where.append(" AND a.tutor_id = :tutor");
            params.put("tutor", filter.tutorId());
        }
        if (filter.employerId() != null) {
            where.append(" AND a.employer_id = :employer");
            params.put("employer", filter.employerId());
        }
        if (filter.standardReference() != null && !filter.standardReference().isBlank()) {
            where.append(" AND a.standard_reference = :standard");
            params.put("standard", filter.standardReference().strip());
        }
        return new Query(where.toString(), params, offTheJob.statusRule());
    }

    /** The report's query for one person and filter: its condition, parameters, and how a row reads. */
    private record Query(String where, Map<String, Object> params, OffTheJobHours.StatusRule statusRule) {

        String select() {
            return """
                    SELECT a.id, a.standard_reference, coalesce(t.planned_hours, 0) AS planned, t.expected_hours,
                           t.minimum_hours IS NOT NULL AS minimum_known,
                           t.approved_minutes / 60.0 AS approved, t.pending_minutes / 60.0 AS pending,
                           l.full_name AS learner_name, em.name AS employer_name, s.name AS tutor_name
                    """ + FROM + " JOIN organisation.learner l ON l.id = a.learner_id"
                    + " JOIN organisation.employer em ON em.id = a.employer_id"
                    + " JOIN organisation.staff_member s ON s.id = a.tutor_id" + where
                    + " ORDER BY t.shortfall_hours DESC, t.apprenticeship_id";
        }

        Row row(ResultSet rs) throws SQLException {
            BigDecimal planned = rs.getBigDecimal("planned");
            BigDecimal expected = rs.getBigDecimal("expected_hours").setScale(1, RoundingMode.HALF_UP);
            BigDecimal approved = rs.getBigDecimal("approved").setScale(1, RoundingMode.HALF_UP);
            return new Row(new ApprenticeshipId(rs.getObject("id", UUID.class)), rs.getString("learner_name"),
                    rs.getString("employer_name"), rs.getString("tutor_name"),
                    rs.getString("standard_reference"), planned, expected, approved,
                    rs.getBigDecimal("pending").setScale(1, RoundingMode.HALF_UP),
                    expected.subtract(approved).max(BigDecimal.ZERO),
                    statusRule.statusOf(approved, expected, rs.getBoolean("minimum_known"), planned));
        }
    }
}
