package waypoint.reporting.internal.epa;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.PageOf;

/**
 * The end-point assessment reports across the apprenticeships a member of staff may see
 * (docs/domain/gateway-and-epa.md): the bookings by date, and the results (achievement rates by standard, the
 * distribution of overall grades). Staff only; a tutor sees their caseload. Bookings and overall grades are read from
 * the views the EPA module publishes ({@code epa.booking}, {@code epa.record}); apprenticeships, names and standards
 * from enrolment's, organisation's and catalogue's. Who is ready for the gateway, and what each still needs, stays
 * the EPA module's own dashboard.
 */
@Service
public class EpaReport {

    private final JdbcClient jdbc;
    private final ApprenticeshipAccess access;
    private final Clock clock;

    EpaReport(JdbcClient jdbc, ApprenticeshipAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    public boolean canRead(CurrentUser user) {
        return user.isStaff();
    }

    private ApprenticeshipScope scope(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("The gateway and EPA lists are for staff");
        }
        return access.scopeOf(user);
    }

    public record BookingLine(UUID bookingId, ApprenticeshipId apprenticeshipId, String learnerName,
            String standardReference, String method, String epaoName, Instant startsAt, String place, String assessor,
            int attempt) {
    }

    /** Bookings from today on (or every one with {@code past}), earliest first. */
    @Transactional(readOnly = true)
    public PageOf<BookingLine> bookings(CurrentUser user, boolean past, int page) {
        ApprenticeshipScope scope = scope(user);
        Instant from = past ? Instant.EPOCH : LocalDate.now(clock).atStartOfDay(GovUkDates.LONDON).toInstant();
        String body = " FROM epa.booking b JOIN enrolment.apprenticeship a ON a.id = b.apprenticeship_id"
                + " JOIN organisation.learner l ON l.id = a.learner_id JOIN organisation.epao e ON e.id = b.epao_id"
                + " WHERE b.starts_at >= :from AND " + scope.sqlCondition();
        long total = jdbc.sql("SELECT count(*)" + body).params(scope.sqlParameters())
                .param("from", Timestamp.from(from)).query(Long.class).single();
        int number = Math.max(0, page);
        List<BookingLine> lines = jdbc.sql("SELECT b.id, a.id AS apprenticeship_id, l.full_name, a.standard_reference,"
                        + " b.method, e.name, b.starts_at, b.place, b.assessor, b.attempt" + body
                        + " ORDER BY b.starts_at, b.id LIMIT :size OFFSET :offset")
                .params(scope.sqlParameters()).param("from", Timestamp.from(from))
                .param("size", PageOf.DEFAULT_SIZE).param("offset", number * PageOf.DEFAULT_SIZE)
                .query((rs, n) -> new BookingLine(rs.getObject(1, UUID.class),
                        new ApprenticeshipId(rs.getObject(2, UUID.class)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9), rs.getInt(10)))
                .list();
        return new PageOf<>(lines, number, PageOf.DEFAULT_SIZE, total);
    }

    /**
     * Achievement by standard: of the apprentices who left (completed or withdrawn), those who completed, the achievers
     * (docs/domain/gateway-and-epa.md, Completion; the ILR outcome “1 achieved”).
     */
    public record StandardRate(String standardReference, String title, long leavers, long achievers) {

        public int percent() {
            return leavers == 0 ? 0 : (int) Math.round(100.0 * achievers / leavers);
        }
    }

    public record GradeCount(String grade, long count) {
    }

    public record Results(List<StandardRate> rates, List<GradeCount> grades, long maximum) {
    }

    @Transactional(readOnly = true)
    public Results results(CurrentUser user) {
        ApprenticeshipScope scope = scope(user);
        List<StandardRate> rates = jdbc.sql("""
                        SELECT a.standard_reference, max(sv.title) AS title,
                               count(*) FILTER (WHERE a.status IN ('COMPLETED', 'WITHDRAWN')) AS leavers,
                               count(*) FILTER (WHERE a.status = 'COMPLETED') AS achievers
                        FROM enrolment.apprenticeship a
                             LEFT JOIN catalogue.standard_version sv ON sv.reference_number = a.standard_reference
                                                          AND sv.version = a.standard_version
                        WHERE a.status IN ('COMPLETED', 'WITHDRAWN')
                          AND NOT EXISTS (SELECT 1 FROM catalogue.standard_programme_type t
                                          WHERE t.reference_number = a.standard_reference
                                            AND t.version = a.standard_version
                                            AND t.programme_type = 'APPRENTICESHIP_UNIT') AND"""
                        + " " + scope.sqlCondition()
                        + " GROUP BY a.standard_reference ORDER BY a.standard_reference")
                .params(scope.sqlParameters()).query((rs, n) -> new StandardRate(rs.getString(1), rs.getString(2),
                        rs.getLong(3), rs.getLong(4))).list();
        Map<String, Long> counted = new HashMap<>();
        jdbc.sql("SELECT r.overall_grade, count(*) FROM epa.record r"
                        + " JOIN enrolment.apprenticeship a ON a.id = r.apprenticeship_id"
                        + " WHERE r.stage = 'COMPLETED' AND r.overall_grade IS NOT NULL AND " + scope.sqlCondition()
                        + " GROUP BY r.overall_grade")
                .params(scope.sqlParameters()).query((rs, n) -> counted.put(rs.getString(1), rs.getLong(2))).list();
        // the usual order of overall grades, then any other a standard's table uses
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String grade : List.of("Distinction", "Merit", "Pass")) {
            ordered.put(grade, counted.getOrDefault(grade, 0L));
        }
        counted.forEach(ordered::putIfAbsent);
        List<GradeCount> grades = new ArrayList<>();
        ordered.forEach((grade, count) -> grades.add(new GradeCount(grade, count)));
        long maximum = grades.stream().mapToLong(GradeCount::count).max().orElse(0);
        return new Results(rates, grades, maximum);
    }
}
