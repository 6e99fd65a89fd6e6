package waypoint.otj.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.BreakInLearning;
import waypoint.identity.CurrentUser;
import waypoint.otj.RagStatus;
import waypoint.rules.RuleEvaluation;

/**
 * Pace for one apprenticeship (live from enrolment's facts) and for lists of them (from otj_pace, one row each, the
 * expected hours worked out in SQL as {@link Pace} does in Java), within what the person may see.
 */
@Service
public class PaceReports {

    private final OtjEntries entries;
    private final EntryStore store;
    private final PlanFacts planFacts;
    private final Apprenticeships apprenticeships;
    private final ApprenticeshipAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final PaceSnapshots snapshots;

    PaceReports(OtjEntries entries, EntryStore store, PlanFacts planFacts, Apprenticeships apprenticeships,
            ApprenticeshipAccess access, JdbcClient jdbc, Clock clock, PaceSnapshots snapshots) {
        this.snapshots = snapshots;
        this.entries = entries;
        this.store = store;
        this.planFacts = planFacts;
        this.apprenticeships = apprenticeships;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record PaceView(ApprenticeshipSummary apprenticeship, Pace pace, boolean activeLearningFlag,
            String activeLearningWords, Chart chart) {
    }

    @Transactional(readOnly = true)
    public PaceView pace(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return paceOf(entries.visible(user, apprenticeshipId));
    }

    /** The pace of an apprenticeship, unauthorised: the caller has checked who may see it. */
    @Transactional(readOnly = true)
    public PaceView paceOf(ApprenticeshipSummary a) {
        return view(a, true);
    }

    /**
     * The same without the weekly chart (its chart is null): for other modules' figures (the at-risk signals, the
     * gateway checklist), which never draw it and would pay for the week-by-week read and arithmetic per row.
     */
    @Transactional(readOnly = true)
    public PaceView figuresOf(ApprenticeshipSummary a) {
        return view(a, false);
    }

    /**
     * {@link #figuresOf(ApprenticeshipSummary)} for many apprenticeships (the nightly at-risk run: a few hundred at a
     * time), their facts read for them all in a fixed number of queries: every apprenticeship answered.
     */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, PaceView> figuresOf(List<ApprenticeshipSummary> batch) {
        List<ApprenticeshipId> ids = batch.stream().map(ApprenticeshipSummary::id).toList();
        Map<ApprenticeshipId, PlanFacts.Facts> facts = planFacts.of(batch);
        Map<ApprenticeshipId, EntryStore.Totals> totals = store.totals(ids);
        Map<ApprenticeshipId, List<BreakInLearning>> breaks = apprenticeships.breaksOf(
                batch.stream().map(ApprenticeshipSummary::id).toList());
        Thresholds thresholds = store.thresholds();
        LocalDate today = LocalDate.now(clock);
        Map<ApprenticeshipId, PaceView> views = new HashMap<>();
        for (ApprenticeshipSummary a : batch) {
            ApprenticeshipId id = a.id();
            views.put(id, view(a, facts.get(id), totals.getOrDefault(id, NO_TOTALS),
                    breaks.getOrDefault(a.id(), List.of()), thresholds, today, false));
        }
        return views;
    }

    private static final EntryStore.Totals NO_TOTALS = new EntryStore.Totals(0, 0, null, null);

    private PaceView view(ApprenticeshipSummary a, boolean withChart) {
        ApprenticeshipId apprenticeshipId = a.id();
        return view(a, planFacts.of(apprenticeshipId), store.totals(apprenticeshipId),
                apprenticeships.breaksOf(a.id()), store.thresholds(), LocalDate.now(clock), withChart);
    }

    /** One apprenticeship's pace from its facts, read for it alone or with others. */
    private PaceView view(ApprenticeshipSummary a, PlanFacts.Facts facts, EntryStore.Totals totals,
            List<BreakInLearning> breaks, Thresholds thresholds, LocalDate today, boolean withChart) {
        ApprenticeshipId apprenticeshipId = a.id();
        LocalDate upTo = totals.learningEndedOn() != null && totals.learningEndedOn().isBefore(today)
                ? totals.learningEndedOn() : today;
        Pace pace = Pace.of(a.startDate(), a.plannedEndDate(), breaks, upTo, facts.minimum(), facts.planned(),
                totals.approvedMinutes(), totals.pendingMinutes(), thresholds);
        int interval = facts.rules().map(RuleEvaluation::activeLearningIntervalDays).orElse(31);
        boolean flagged = a.isActive() && breaks.stream().noneMatch(BreakInLearning::isOngoing)
                && a.startDate().plusDays(interval).isBefore(today)
                && (totals.lastApprovedDate() == null || totals.lastApprovedDate().plusDays(interval).isBefore(today));
        String words = "Evidence of active learning is needed at least every " + interval + " days ("
                + facts.rules().map(r -> r.activeLearning().inWords()).orElse("every calendar month") + "). "
                + (totals.lastApprovedDate() == null ? "No approved activity yet."
                : "The last approved activity was on " + Words.date(totals.lastApprovedDate()) + ".")
                + (flagged ? " No approved activity within that interval: not in active learning." : "");
        return new PaceView(a, pace, flagged, words, withChart ? chart(a, facts.planned().orElse(null), breaks, upTo,
                store.approvedMinutesByWeek(apprenticeshipId)) : null);
    }

    /** One week of the chart: cumulative planned and actual (approved) hours at the end of the week. */
    public record Week(LocalDate monday, BigDecimal planned, BigDecimal actual, boolean future) {

        public String label() {
            return Words.date(monday);
        }
    }

    /** The weeks of the practical period and the SVG's coordinates (600 × 240, margins for the axes). */
    public record Chart(List<Week> weeks, BigDecimal top) {

        static final int WIDTH = 560;
        static final int HEIGHT = 200;

        public String plannedPoints() {
            return points(true);
        }

        public String actualPoints() {
            return points(false);
        }

        private String points(boolean planned) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < weeks.size(); i++) {
                Week w = weeks.get(i);
                if (!planned && w.future()) {
                    break;
                }
                if (planned && w.planned() == null) {
                    continue; // planned hours not known: no planned line rather than one at zero
                }
                out.append(x(i)).append(',').append(y(planned ? w.planned() : w.actual())).append(' ');
            }
            return out.toString().strip();
        }

        public int x(int index) {
            return 40 + (weeks.size() <= 1 ? 0 : index * WIDTH / (weeks.size() - 1));
        }

        public int y(BigDecimal hours) {
            if (top.signum() == 0) {
                return 20 + HEIGHT;
            }
            return 20 + HEIGHT - hours.multiply(BigDecimal.valueOf(HEIGHT)).divide(top, 0, RoundingMode.HALF_UP)
                    .intValue();
        }

        public String topWords() {
            return top.stripTrailingZeros().toPlainString();
        }

        /** Past weeks only, newest first, for the table alternative. */
        public List<Week> tableRows() {
            List<Week> past = new ArrayList<>(weeks.stream().filter(w -> !w.future()).toList());
            java.util.Collections.reverse(past);
            return past;
        }
    }

    static Chart chart(ApprenticeshipSummary a, BigDecimal planned, List<BreakInLearning> breaks, LocalDate today,
            Map<LocalDate, Long> approvedByWeek) {
        List<Week> weeks = new ArrayList<>();
        LocalDate monday = a.startDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long cumulative = 0;
        for (LocalDate earlier : approvedByWeek.keySet()) {
            if (earlier.isBefore(monday)) {
                cumulative += approvedByWeek.get(earlier);
            }
        }
        BigDecimal top = planned == null ? BigDecimal.ZERO : planned;
        for (; !monday.isAfter(a.plannedEndDate()); monday = monday.plusWeeks(1)) {
            LocalDate sunday = monday.plusDays(6);
            cumulative += approvedByWeek.getOrDefault(monday, 0L);
            LocalDate at = sunday.isAfter(a.plannedEndDate()) ? a.plannedEndDate() : sunday;
            Pace p = Pace.of(a.startDate(), a.plannedEndDate(), breaks.stream()
                    .filter(b -> !b.startDate().isAfter(at)).toList(), at, Optional.empty(), planned,
                    0, 0, Thresholds.DEFAULT);
            BigDecimal actual = BigDecimal.valueOf(cumulative).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
            top = top.max(actual);
            weeks.add(new Week(monday, p.expectedToDateIfKnown().orElse(null), actual, monday.isAfter(today)));
        }
        return new Chart(weeks, top.setScale(0, RoundingMode.UP));
    }

    /** A row of the caseload table; planned and expected are null while the planned hours are not known. */
    public record Row(ApprenticeshipId apprenticeshipId, String learnerName, String employerName, String tutorName,
            String standard, BigDecimal planned, BigDecimal expected, BigDecimal approved, BigDecimal pending,
            BigDecimal shortfall, RagStatus status) {
    }

    /**
     * Active apprenticeships in the person's scope with their pace, the largest shortfall first (a page of them),
     * read from the day's snapshot ({@link PaceSnapshots}). The provider's behind-pace report lists the same
     * snapshot's apprenticeships behind, read by the reporting module through the view otj publishes.
     */
    @Transactional
    public waypoint.shared.web.PageOf<Row> caseload(CurrentUser user, int page, int size) {
        ApprenticeshipScope scope = access.scopeOf(user);
        snapshots.bringUpToDate();
        Thresholds thresholds = store.thresholds();
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        String where = " WHERE " + scope.sqlCondition() + " AND a.status IN ('IN_LEARNING', 'BREAK_IN_LEARNING')";
        String from = " FROM otj_pace t JOIN enrolment.apprenticeship a ON a.id = t.apprenticeship_id";
        // every apprenticeship has its pace row from the start (PaceSnapshots), so the count reads apprenticeships
        // alone; a provider-wide person's is the total enrolment keeps of those in learning or on a break, not a
        // count of 90,000 index entries (docs/domain/off-the-job-hours.md, "Lists at scale"; docs/adr/0014)
        long total = scope.kind() == ApprenticeshipScope.Kind.EVERYONE
                ? jdbc.sql("SELECT coalesce(sum(a.apprenticeships), 0) FROM enrolment.apprenticeship_totals a"
                        + " WHERE a.status IN ('IN_LEARNING', 'BREAK_IN_LEARNING')").query(Long.class).single()
                : jdbc.sql("SELECT count(*) FROM enrolment.apprenticeship a" + where).params(params)
                        .query(Long.class).single();
        params.put("size", size);
        params.put("offset", (long) page * size);
        // the page is chosen first (from the front of the shortfall index for a provider-wide person), then named:
        // the names of the apprentices on earlier pages are never read
        List<Row> rows = jdbc.sql("""
                        SELECT a.id, a.standard_reference, a.planned, a.expected_hours, a.minimum_known, a.approved,
                               a.pending, l.full_name AS learner_name, em.name AS employer_name, s.name AS tutor_name
                        FROM (SELECT a.id, a.standard_reference, a.learner_id, a.employer_id, a.tutor_id,
                                     t.planned_hours AS planned, t.expected_hours,
                                     t.minimum_hours IS NOT NULL AS minimum_known,
                                     t.approved_minutes / 60.0 AS approved, t.pending_minutes / 60.0 AS pending,
                                     t.shortfall_hours
                        """ + from + where + " ORDER BY t.shortfall_hours DESC, t.apprenticeship_id"
                        + " LIMIT :size OFFSET :offset) a"
                        + " JOIN organisation.learner l ON l.id = a.learner_id JOIN organisation.employer em ON em.id = a.employer_id"
                        + " JOIN organisation.staff_member s ON s.id = a.tutor_id"
                        + " ORDER BY a.shortfall_hours DESC, a.id")
                .params(params)
                .query((rs, n) -> {
                    BigDecimal planned = rs.getBigDecimal("planned");
                    BigDecimal expected = rs.getBigDecimal("expected_hours").setScale(1, RoundingMode.HALF_UP);
                    BigDecimal approved = rs.getBigDecimal("approved").setScale(1, RoundingMode.HALF_UP);
                    return new Row(new ApprenticeshipId(rs.getObject("id", UUID.class)), rs.getString("learner_name"),
                            rs.getString("employer_name"), rs.getString("tutor_name"),
                            rs.getString("standard_reference"), planned, planned == null ? null : expected, approved,
                            rs.getBigDecimal("pending").setScale(1, RoundingMode.HALF_UP),
                            expected.subtract(approved).max(BigDecimal.ZERO),
                            Pace.statusOf(approved, expected, rs.getBoolean("minimum_known"),
                                    planned, thresholds));
                }).list();
        return new waypoint.shared.web.PageOf<>(rows, page, size, total);
    }

    /** Entries waiting for approval on the person's caseload, oldest first (for bulk approval). */
    @Transactional(readOnly = true)
    public waypoint.shared.web.PageOf<PendingEntry> pending(CurrentUser user, int page, int size) {
        return entriesWhere(user, "x.state = 'SUBMITTED'", "SUBMITTED", page, size);
    }

    /** Entries the employer may confirm and has not: waiting or approved (the state table's confirm). */
    private static final String AWAITING_EMPLOYER = "x.employer_confirmed_at IS NULL"
            + " AND x.state IN ('SUBMITTED', 'APPROVED')";

    /**
     * Entries of the employer's apprentices waiting for their confirmation, oldest first (for confirming in bulk);
     * nothing for anyone who is not an employer contact.
     */
    @Transactional(readOnly = true)
    public waypoint.shared.web.PageOf<PendingEntry> awaitingEmployer(CurrentUser user, int page, int size) {
        if (!user.has(waypoint.identity.Role.EMPLOYER_CONTACT)) {
            return new waypoint.shared.web.PageOf<>(List.of(), page, size, 0);
        }
        return entriesWhere(user, AWAITING_EMPLOYER, null, page, size);
    }

    /** How many entries wait for this employer contact's confirmation (0 for anyone else): the home page's count. */
    @Transactional(readOnly = true)
    public long countAwaitingEmployer(CurrentUser user) {
        if (!user.has(waypoint.identity.Role.EMPLOYER_CONTACT)) {
            return 0;
        }
        ApprenticeshipScope scope = access.scopeOf(user);
        return jdbc.sql("SELECT count(*) FROM otj_entry x JOIN enrolment.apprenticeship a ON a.id = x.apprenticeship_id WHERE "
                        + AWAITING_EMPLOYER + " AND " + scope.sqlCondition())
                .params(new HashMap<>(scope.sqlParameters())).query(Long.class).single();
    }

    /**
     * A page of the entries meeting the condition; {@code keptState}, when the condition is every entry in that state,
     * lets a provider-wide person's count be read from the total the database keeps (docs/adr/0014).
     */
    private waypoint.shared.web.PageOf<PendingEntry> entriesWhere(CurrentUser user, String condition,
            String keptState, int page, int size) {
        ApprenticeshipScope scope = access.scopeOf(user);
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        String from = " FROM otj_entry x JOIN enrolment.apprenticeship a ON a.id = x.apprenticeship_id"
                + " JOIN organisation.learner l ON l.id = a.learner_id JOIN otj_activity_type ty ON ty.code = x.activity_type"
                + " WHERE " + condition + " AND " + scope.sqlCondition();
        // the count needs no names: every entry has its apprenticeship, learner and activity type (foreign keys), and
        // a provider-wide person's count of every entry in a state is the total the database keeps beside the entries
        // (counting the 340,000 waiting among 11.5 million took 52 ms; off-the-job-hours.md, "Lists at scale")
        boolean everyone = scope.kind() == ApprenticeshipScope.Kind.EVERYONE;
        long total = everyone && keptState != null
                ? jdbc.sql("SELECT coalesce((SELECT entries FROM otj_entry_totals WHERE state = :state), 0)")
                        .param("state", keptState).query(Long.class).single()
                : jdbc.sql("SELECT count(*)" + (everyone ? " FROM otj_entry x WHERE " + condition
                        : " FROM otj_entry x JOIN enrolment.apprenticeship a ON a.id = x.apprenticeship_id WHERE "
                                + condition + " AND " + scope.sqlCondition())).params(params).query(Long.class).single();
        params.put("size", size);
        params.put("offset", (long) page * size);
        List<PendingEntry> rows = jdbc.sql("SELECT x.id, x.apprenticeship_id, l.full_name, x.activity_date, x.minutes,"
                        + " ty.name, x.description" + from + " ORDER BY x.activity_date, x.id LIMIT :size OFFSET :offset")
                .params(params)
                .query((rs, n) -> new PendingEntry(rs.getObject(1, UUID.class),
                        new ApprenticeshipId(rs.getObject(2, UUID.class)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getString(6),
                        rs.getString(7)))
                .list();
        return new waypoint.shared.web.PageOf<>(rows, page, size, total);
    }

    public record PendingEntry(UUID id, ApprenticeshipId apprenticeshipId, String learnerName, LocalDate date,
            int minutes, String activity, String description) {

        public String hours() {
            return Words.hours(minutes);
        }

        public String dateWords() {
            return Words.date(date);
        }
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
