package waypoint.epa.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.PageOf;

/**
 * The gateway readiness dashboard, narrowed to the apprenticeships the person may see: who is within three months of
 * the end of the practical period (or added early on request) and what each is missing from the gateway checklist.
 * Staff only. The EPA bookings and results reports are the reporting module's, reading the views this module
 * publishes.
 */
@Service
public class ReadinessDashboard {

    /** The gateway meeting usually falls in the last three months of the practical period. */
    public static final int READINESS_MONTHS = EpaService.READINESS_MONTHS;

    private final JdbcClient jdbc;
    private final ApprenticeshipAccess access;
    private final EpaService epa;
    private final EpaStore store;
    private final Clock clock;

    ReadinessDashboard(JdbcClient jdbc, ApprenticeshipAccess access, EpaService epa, EpaStore store, Clock clock) {
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
            int items, boolean inLastMonths, EpaStore.ReadinessRequest request,
            Optional<GatewayChecklist.Item> onProgrammeComponents) {

        /**
         * Where the components taken during the programme stand (a reformed plan only; docs/domain/assessment-reform.md),
         * in the words of the apprentice's gateway page: “Knowledge test: Pass, its final grade”, or how many attempts are
         * left.
         */
        public Optional<String> onProgrammeWords() {
            return onProgrammeComponents.map(GatewayChecklist.Item::evidence);
        }

        /** The components taken during the programme all have their final grade (or there are none). */
        public boolean onProgrammeComponentsDone() {
            return onProgrammeComponents.map(GatewayChecklist.Item::met).orElse(true);
        }

        public String why() {
            if (inLastMonths || request == null) {
                return "In the last " + READINESS_MONTHS + " months of the practical period";
            }
            return "Requested by " + request.requestedByName() + " on "
                    + GovUkDates.date(request.requestedAt()) + ": " + request.reason();
        }
    }

    /**
     * An apprenticeship unit has no gateway (docs/domain/programme-types.md): it is never on the dashboard. The units'
     * standard versions (a handful) are read first and named in the condition. A correlated "no unit of this standard
     * version" made PostgreSQL expect almost no apprenticeship to be left when one standard holds most of them (the
     * unit's one row against 100,000 apprenticeships on ST0116), and join what was left by nested loops over every
     * employer: 23 to 47 s at the reference scale, 3.6 ms this way (docs/performance.md, session 21).
     */
    private Map<String, Object> notAUnit(StringBuilder where) {
        List<Object[]> units = jdbc.sql("SELECT reference_number, version FROM catalogue.standard_programme_type"
                        + " WHERE programme_type = 'APPRENTICESHIP_UNIT'")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2)}).list();
        if (units.isEmpty()) {
            where.append("TRUE");
            return Map.of();
        }
        where.append("(a.standard_reference, a.standard_version) NOT IN (:unitVersions)");
        return Map.of("unitVersions", units);
    }

    /**
     * Apprentices in learning within the last three months of the practical period, or added early on request, the
     * earliest end first. A fixed number of queries whatever the page size: the count, the page, the requests, then the
     * checklists read together ({@link EpaService#checklists}), each module asked once for the whole page.
     */
    @Transactional(readOnly = true)
    public PageOf<ReadinessLine> readiness(CurrentUser user, int page) {
        ApprenticeshipScope scope = staffScope(user);
        LocalDate limit = LocalDate.now(clock).plusMonths(READINESS_MONTHS);
        StringBuilder notAUnit = new StringBuilder();
        Map<String, Object> units = notAUnit(notAUnit);
        String where = " WHERE a.status = 'IN_LEARNING' AND (a.planned_end_date <= :limit OR EXISTS (SELECT 1 FROM"
                + " epa_readiness_request r WHERE r.apprenticeship_id = a.id)) AND " + notAUnit + " AND "
                + scope.sqlCondition();
        // counted in two parts that cannot overlap, each read through an index: those in their last months, and those
        // added early on request (a handful); "ends soon OR was requested" made PostgreSQL read every apprenticeship
        // and probe the requests once each (docs/domain/gateway-and-epa.md, "The readiness dashboard at scale")
        String both = " AND " + notAUnit + " AND " + scope.sqlCondition();
        long total = jdbc.sql("SELECT (SELECT count(*) FROM enrolment.apprenticeship a WHERE a.status = 'IN_LEARNING'"
                        + " AND a.planned_end_date <= :limit" + both + ") + (SELECT count(*) FROM enrolment.apprenticeship a"
                        + " WHERE a.status = 'IN_LEARNING' AND (a.planned_end_date > :limit OR a.planned_end_date IS NULL)"
                        + " AND a.id IN (SELECT r.apprenticeship_id FROM epa_readiness_request r)" + both + ")")
                .params(scope.sqlParameters()).params(units).param("limit", limit).query(Long.class).single();
        int number = Math.max(0, page);
        List<ApprenticeshipSummary> rows = jdbc.sql(Apprenticeships.SELECT + where
                        + " ORDER BY a.planned_end_date, a.id LIMIT :size OFFSET :offset")
                .params(scope.sqlParameters()).params(units).param("limit", limit).param("size", PageOf.DEFAULT_SIZE)
                .param("offset", number * PageOf.DEFAULT_SIZE).query(Apprenticeships::summary).list();
        Map<ApprenticeshipId, EpaStore.ReadinessRequest> requests = store.readinessRequests(rows.stream()
                .map(ApprenticeshipSummary::id).toList());
        Map<ApprenticeshipId, List<GatewayChecklist.Item>> checklists = epa.checklists(rows);
        List<ReadinessLine> lines = rows.stream().map(a -> {
            List<GatewayChecklist.Item> items = checklists.get(a.id());
            boolean inLastMonths = a.plannedEndDate() != null && !a.plannedEndDate().isAfter(limit);
            return new ReadinessLine(a, GatewayChecklist.missing(items), items.size(), inLastMonths,
                    requests.get(a.id()),
                            items.stream().filter(i -> i.key().equals(GatewayChecklist.ON_PROGRAMME))
                            .findFirst());
        }).toList();
        return new PageOf<>(lines, number, PageOf.DEFAULT_SIZE, total);
    }

    /**
     * An apprentice through the gateway with no end-point assessment method booked yet: ready to book when the gateway
     * is still passed ({@code missing} empty), or what it lacks now (a qualification planned since, for example).
     */
    public record BookingLine(ApprenticeshipSummary apprenticeship, LocalDate meetingHeldOn,
            List<GatewayChecklist.Item> missing) {

        public boolean readyToBook() {
            return missing.isEmpty();
        }
    }

    /** The apprentices waiting to book, with how many there are in all: the earliest meeting first. */
    public record WaitingToBook(List<BookingLine> lines, long total) {
    }

    /**
     * Apprentices whose gateway meeting decided they are ready and whose record all three signed, with no end-point
     * assessment method booked yet (the record is still at the gateway): the first page of them, earliest meeting
     * first, in a fixed number of queries (docs/domain/gateway-and-epa.md).
     */
    @Transactional(readOnly = true)
    public WaitingToBook waitingToBook(CurrentUser user) {
        ApprenticeshipScope scope = staffScope(user);
        StringBuilder notAUnit = new StringBuilder();
        Map<String, Object> units = notAUnit(notAUnit);
        String where = " JOIN epa_record r ON r.apprenticeship_id = a.id WHERE a.status = 'GATEWAY'"
                + " AND r.stage = 'GATEWAY' AND r.meeting_decision = '" + EpaRecord.READY + "'"
                + " AND (SELECT count(DISTINCT s.party) FROM epa_gateway_signature s WHERE s.apprenticeship_id = a.id"
                + " AND s.party IN (:parties)) = :signers AND " + notAUnit + " AND " + scope.sqlCondition();
        List<String> parties = EpaRecord.SIGNING_PARTIES.stream().map(party -> party.name()).toList();
        long total = jdbc.sql("SELECT count(*) FROM enrolment.apprenticeship a" + where)
                .params(scope.sqlParameters()).params(units).param("parties", parties).param("signers", parties.size())
                .query(Long.class).single();
        List<ApprenticeshipSummary> rows = jdbc.sql(Apprenticeships.SELECT + where
                        + " ORDER BY r.meeting_held_on, a.id LIMIT :size")
                .params(scope.sqlParameters()).params(units).param("parties", parties).param("signers", parties.size())
                .param("size", PageOf.DEFAULT_SIZE).query(Apprenticeships::summary).list();
        Map<ApprenticeshipId, LocalDate> heldOn = new java.util.HashMap<>();
        if (!rows.isEmpty()) {
            jdbc.sql("SELECT apprenticeship_id, meeting_held_on FROM epa_record WHERE apprenticeship_id IN (:ids)")
                    .param("ids", rows.stream().map(ApprenticeshipSummary::id).toList())
                    .query(rs -> {
                        heldOn.put(new ApprenticeshipId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class));
                    });
        }
        Map<ApprenticeshipId, List<GatewayChecklist.Item>> checklists = epa.checklists(rows);
        return new WaitingToBook(rows.stream().map(a -> new BookingLine(a, heldOn.get(a.id()),
                GatewayChecklist.missing(checklists.get(a.id())))).toList(), total);
    }

    private ApprenticeshipScope staffScope(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("The gateway and EPA lists are for staff");
        }
        return access.scopeOf(user);
    }
}
