package waypoint.epa.internal;

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
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.PageOf;

/**
 * The lists across apprenticeships, each narrowed to the apprenticeships the person may see: who is within three months
 * of the end of the practical period and what each is missing, the EPA bookings by date, and the results (achievement
 * rates by standard, the grade distribution). Staff only.
 */
@Service
public class EpaReports {

    /** The gateway meeting usually falls in the last three months of the practical period. */
    public static final int READINESS_MONTHS = EpaService.READINESS_MONTHS;

    private final JdbcClient jdbc;
    private final ApprenticeshipAccess access;
    private final EpaService epa;
    private final EpaStore store;
    private final Clock clock;

    EpaReports(JdbcClient jdbc, ApprenticeshipAccess access, EpaService epa, EpaStore store, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.access = access;
        this.epa = epa;
        this.clock = clock;
    }

    /**
     * A row of the readiness dashboard: the apprenticeship, what it still needs, and why it is there: the last months
     * of its practical period, or a request to add it early ({@code request}, which may also be there for one now in
     * its last months).
     */
    public record ReadinessLine(ApprenticeshipSummary apprenticeship, List<GatewayChecklist.Item> missing,
            int items, boolean inLastMonths, EpaStore.ReadinessRequest request) {

        public String why() {
            if (inLastMonths || request == null) {
                return "In the last " + READINESS_MONTHS + " months of the practical period";
            }
            return "Requested by " + request.requestedByName() + " on "
                    + Dates.day(request.requestedAt().atZone(Dates.LONDON).toLocalDate()) + ": " + request.reason();
        }
    }

    /**
     * Apprentices in learning within the last three months of the practical period, or added early on request, the
     * earliest end first. A fixed number of queries whatever the page size: the count, the page, the requests, then the
     * checklists read together ({@link EpaService#checklists}).
     */
    @Transactional(readOnly = true)
    public PageOf<ReadinessLine> readiness(CurrentUser user, int page) {
        ApprenticeshipScope scope = staffScope(user);
        LocalDate limit = LocalDate.now(clock).plusMonths(READINESS_MONTHS);
        String where = " WHERE a.status = 'IN_LEARNING' AND (a.planned_end_date <= :limit OR EXISTS (SELECT 1 FROM"
                + " epa_readiness_request r WHERE r.apprenticeship_id = a.id)) AND " + scope.sqlCondition();
        long total = jdbc.sql("SELECT count(*) FROM enrolment.apprenticeship a" + where).params(scope.sqlParameters())
                .param("limit", limit).query(Long.class).single();
        int number = Math.max(0, page);
        List<ApprenticeshipSummary> rows = jdbc.sql(Apprenticeships.SELECT + where
                        + " ORDER BY a.planned_end_date, a.id LIMIT :size OFFSET :offset")
                .params(scope.sqlParameters()).param("limit", limit).param("size", PageOf.DEFAULT_SIZE)
                .param("offset", number * PageOf.DEFAULT_SIZE).query(Apprenticeships::summary).list();
        Map<UUID, EpaStore.ReadinessRequest> requests = store.readinessRequests(rows.stream()
                .map(ApprenticeshipSummary::id).toList());
        Map<UUID, List<GatewayChecklist.Item>> checklists = epa.checklists(rows);
        List<ReadinessLine> lines = rows.stream().map(a -> {
            List<GatewayChecklist.Item> items = checklists.get(a.id());
            boolean inLastMonths = a.plannedEndDate() != null && !a.plannedEndDate().isAfter(limit);
            return new ReadinessLine(a, GatewayChecklist.missing(items), items.size(), inLastMonths,
                    requests.get(a.id()));
        }).toList();
        return new PageOf<>(lines, number, PageOf.DEFAULT_SIZE, total);
    }

    public record BookingLine(UUID bookingId, UUID apprenticeshipId, String learnerName, String standardReference,
            String method, String epaoName, Instant startsAt, String place, String assessor, int attempt) {
    }

    /** Bookings from today on (or every one with {@code past}), earliest first. */
    @Transactional(readOnly = true)
    public PageOf<BookingLine> bookings(CurrentUser user, boolean past, int page) {
        ApprenticeshipScope scope = staffScope(user);
        Instant from = past ? Instant.EPOCH : LocalDate.now(clock).atStartOfDay(Dates.LONDON).toInstant();
        String body = " FROM epa_booking b JOIN enrolment.apprenticeship a ON a.id = b.apprenticeship_id"
                + " JOIN organisation.learner l ON l.id = a.learner_id JOIN organisation.epao e ON e.id = b.epao_id"
                + " WHERE b.starts_at >= :from AND " + scope.sqlCondition();
        long total = jdbc.sql("SELECT count(*)" + body).params(scope.sqlParameters())
                .param("from", java.sql.Timestamp.from(from)).query(Long.class).single();
        int number = Math.max(0, page);
        List<BookingLine> lines = jdbc.sql("SELECT b.id, a.id AS apprenticeship_id, l.full_name, a.standard_reference,"
                        + " b.method, e.name, b.starts_at, b.place, b.assessor, b.attempt" + body
                        + " ORDER BY b.starts_at, b.id LIMIT :size OFFSET :offset")
                .params(scope.sqlParameters()).param("from", java.sql.Timestamp.from(from))
                .param("size", PageOf.DEFAULT_SIZE).param("offset", number * PageOf.DEFAULT_SIZE)
                .query((rs, n) -> new BookingLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
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
        ApprenticeshipScope scope = staffScope(user);
        List<StandardRate> rates = jdbc.sql("""
                        SELECT a.standard_reference, max(sv.title) AS title,
                               count(*) FILTER (WHERE a.status IN ('COMPLETED', 'WITHDRAWN')) AS leavers,
                               count(*) FILTER (WHERE a.status = 'COMPLETED') AS achievers
                        FROM enrolment.apprenticeship a
                             LEFT JOIN catalogue.standard_version sv ON sv.reference_number = a.standard_reference
                                                          AND sv.version = a.standard_version
                        WHERE a.status IN ('COMPLETED', 'WITHDRAWN') AND""" + " " + scope.sqlCondition()
                        + " GROUP BY a.standard_reference ORDER BY a.standard_reference")
                .params(scope.sqlParameters()).query((rs, n) -> new StandardRate(rs.getString(1), rs.getString(2),
                        rs.getLong(3), rs.getLong(4))).list();
        Map<String, Long> counted = new HashMap<>();
        jdbc.sql("SELECT r.overall_grade, count(*) FROM epa_record r JOIN enrolment.apprenticeship a ON a.id = r.apprenticeship_id"
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

    private ApprenticeshipScope staffScope(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("The gateway and EPA lists are for staff");
        }
        return access.scopeOf(user);
    }
}
