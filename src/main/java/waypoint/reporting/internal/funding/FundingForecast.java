package waypoint.reporting.internal.funding;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.reporting.internal.KeptInBackground;
import waypoint.rules.Earnings;
import waypoint.rules.EarningsFacts;
import waypoint.rules.EmployerContribution;
import waypoint.rules.Incentives;
import waypoint.rules.PriceBreakdown;
import waypoint.rules.PriceFacts;
import waypoint.rules.ProgrammeType;
import waypoint.rules.RuleInputException;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.PageOf;
import waypoint.shared.money.Money;

/**
 * The provider's funding forecast (docs/domain/funding-rules.md, The forecast): for a funding year (August to July),
 * each apprenticeship's earnings month by month and the incentives due to the provider, worked out by the funding
 * rules ({@link Earnings}, {@link Incentives}) from what enrolment publishes (the apprenticeship, its dated prices and
 * status changes, the incentive facts), the organisation's names and the catalogue's funding band maximum; totals by
 * month, standard, employer and tutor. For heads of delivery, directors, the data officer and administrators.
 *
 * <p>The forecast is kept ({@link KeptForecast}): each apprenticeship's lines ({@link ForecastLine}) worked out each
 * night, when a reader presses "Work out now", and for one apprenticeship when its price, dates or status change. The
 * figures read here are sums of the kept lines in SQL and a page of them at a time, never the rules run for every
 * apprenticeship on a request (docs/performance.md, "The kept funding forecast"); the names are read as they are now.
 * One apprenticeship's page ({@link #of}) is worked out when asked, with its working.
 */
@Service
public class FundingForecast {

    /** Who reads the funding forecast: the Reports page lists it for them. */
    public static final Set<Role> READERS = EnumSet.of(Role.HEAD_OF_DELIVERY, Role.DIRECTOR, Role.DATA_OFFICER,
            Role.ADMINISTRATOR);

    private final JdbcClient jdbc;
    private final ApprenticeshipAccess access;
    private final FoundationIncentiveSettings foundationIncentives;
    private final Clock clock;
    private final KeptInBackground background;
    private final TransactionTemplate reading;

    FundingForecast(JdbcClient jdbc, ApprenticeshipAccess access, FoundationIncentiveSettings foundationIncentives,
            Clock clock, KeptInBackground background, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.access = access;
        this.foundationIncentives = foundationIncentives;
        this.clock = clock;
        this.background = background;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        // the totals and the lines of one forecast, even if a line is brought up to date meanwhile
        this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Narrows the forecast: any may be empty. */
    public record Filter(String standardReference, UUID employerId, UUID tutorId) {
    }

    /**
     * One apprenticeship's money: who it is, its earnings, incentives and who pays the price, with the working. Who
     * pays the price is worked out for one apprenticeship's page ({@link #of}); the kept forecast leaves it empty.
     */
    public record Apprentice(ApprenticeshipId apprenticeshipId, String learnerName, UUID employerId,
            String employerName, UUID tutorId, String tutorName, String standard, String status, LocalDate startDate,
            LocalDate plannedEndDate, Earnings earnings, Optional<Incentives> incentives,
            Optional<PriceBreakdown> price, List<String> warnings) {
    }

    /** A line of a total: a name and its amount for each month of the year. */
    public record Line(String key, String name, List<Money> months, Money total) {
    }

    /** An apprenticeship whose earnings are not known, and why (the funding rules' words). */
    public record NotKnown(ApprenticeshipId apprenticeshipId, String learnerName, String standard, String because) {
    }

    /** When the whole forecast was last worked out, for how many apprenticeships, how long it took, and by what. */
    public record Kept(Instant workedOutAt, int apprenticeships, int tookMs, String workedOutBy) {
    }

    /**
     * The forecast of a funding year as kept: its months, the totals by month, standard, employer and tutor, the
     * employer's incentive payments, how many apprentices have a line ({@link #apprentices(CurrentUser, int, Filter,
     * int, int)} reads them a page at a time) and how many apprenticeships' earnings are not known (never counted as
     * £0).
     */
    public record Forecast(int yearStarting, Kept kept, List<YearMonth> months, List<Money> totals,
            Money total, Money employerIncentives, List<Line> byStandard, PageOf<Line> byEmployer,
            PageOf<Line> byTutor, long apprentices, long notKnown) {

        public String yearWords() {
            return "August " + yearStarting + " to July " + (yearStarting + 1);
        }
    }

    public boolean canRead(CurrentUser user) {
        return READERS.stream().anyMatch(user::has);
    }

    public void requireReader(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("The funding forecast is for heads of delivery, directors, the data officer"
                    + " and administrators");
        }
    }

    /** The funding year today is in: one starting on 1 August. */
    public int currentYear() {
        return ForecastLine.fundingYearOf(LocalDate.now(clock));
    }

    /** The months of a funding year, August first. */
    public static List<YearMonth> months(int yearStarting) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.of(yearStarting, 8).plusMonths(i));
        }
        return months;
    }

    /** When the forecast was last worked out whole; empty before the first time. */
    public Optional<Kept> kept() {
        return reading.execute(tx -> latest());
    }

    Optional<Kept> latest() {
        return jdbc.sql("""
                        SELECT worked_out_at, apprenticeships, took_ms, worked_out_by
                        FROM funding_forecast ORDER BY worked_out_at DESC LIMIT 1""")
                .query((rs, n) -> new Kept(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2),
                        rs.getInt(3), rs.getString(4)))
                .optional();
    }

    /**
     * "Work out now", for a reader: the whole forecast is worked out again in the background, answering at once (the
     * forecast's "as at" reaches the press's {@code since} once done); while one is under way nothing more is started.
     */
    public KeptInBackground.Press workOutNow(CurrentUser user) {
        requireReader(user);
        return background.press(KeptForecast.class, user);
    }

    /** How the forecast stands: since when it has been being worked out again, and its last working out if it failed. */
    public KeptInBackground.Standing standing() {
        return background.standing(KeptForecast.class);
    }

    /**
     * Who may see what, the year's window and the filter, as a condition on {@code a} (the apprenticeship);
     * {@code kept}: the kept sum that answers when the person sees the whole provider and the filter narrows by no more
     * than one of standard, employer and tutor ('P' the whole provider, or 'S', 'E' or 'T' the one narrowed by), with
     * its {@code key} ('' for the whole provider); null when the lines are grouped on request.
     */
    private record Narrowing(String condition, Map<String, Object> params, String kept, String key) {

        /** The person sees the whole provider and the filter narrows nothing. */
        boolean whole() {
            return "P".equals(kept);
        }
    }

    private Narrowing narrowing(CurrentUser user, int yearStarting, Filter filter) {
        requireReader(user);
        LocalDate from = LocalDate.of(yearStarting, 8, 1);
        LocalDate to = LocalDate.of(yearStarting + 1, 7, 31);
        ApprenticeshipScope scope = access.scopeOf(user);
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        StringBuilder where = new StringBuilder(scope.sqlCondition()
                + " AND a.start_date <= :to AND a.planned_end_date >= :longAgo");
        params.put("to", to);
        // the completion share may fall up to the planned end plus the assessment period, and later if overdue
        params.put("longAgo", from.minusYears(3));
        params.put("year", yearStarting);
        List<String> narrowedBy = new ArrayList<>();
        String key = "";
        if (filter.standardReference() != null && !filter.standardReference().isBlank()) {
            where.append(" AND a.standard_reference = :standard");
            key = filter.standardReference().strip().toUpperCase();
            params.put("standard", key);
            narrowedBy.add("S");
        }
        if (filter.employerId() != null) {
            where.append(" AND a.employer_id = :employer");
            params.put("employer", filter.employerId());
            key = filter.employerId().toString();
            narrowedBy.add("E");
        }
        if (filter.tutorId() != null) {
            where.append(" AND a.tutor_id = :tutor");
            params.put("tutor", filter.tutorId());
            key = filter.tutorId().toString();
            narrowedBy.add("T");
        }
        String kept = scope.kind() != ApprenticeshipScope.Kind.EVERYONE || narrowedBy.size() > 1 ? null
                : narrowedBy.isEmpty() ? "P" : narrowedBy.get(0);
        params.put("keptKind", kept == null ? "" : kept);
        params.put("keptKey", kept == null ? "" : key);
        return new Narrowing(where.toString(), params, kept, key);
    }

    /** The apprenticeships someone may see, with their learner, employer and tutor, as the forecast reads them. */
    private static final String APPRENTICESHIPS = """
             JOIN enrolment.apprenticeship a ON a.id = k.apprenticeship_id
             JOIN organisation.learner l ON l.id = a.learner_id
             JOIN organisation.employer e ON e.id = a.employer_id
             JOIN organisation.staff_member s ON s.id = a.tutor_id
            """;

    /**
     * The kept lines of the year, as {@code k}, with their apprenticeship and learner (for the name they are listed
     * by): the employer and tutor always exist, and their names are not listed (joining them took 2,655 ms instead of
     * 2,231 ms for the 90,026 lines of the file at the reference scale, on a loaded machine).
     */
    private static final String LINES = " FROM funding_forecast_line k"
            + " JOIN enrolment.apprenticeship a ON a.id = k.apprenticeship_id"
            + " JOIN organisation.learner l ON l.id = a.learner_id WHERE k.funding_year = :year AND ";

    /**
     * The kept lines of the year with only their apprenticeships, for the sums: who may see what and the filter are
     * conditions on the apprenticeship alone, and its learner, employer and tutor always exist (required, and kept by
     * their keys), so joining them changed no sum (828 to 882 ms before, 602 to 851 ms after, for the 90,026 lines of
     * the year at the reference scale: most of the time is the grouping itself, docs/performance.md).
     */
    private static final String LINES_TO_SUM = " FROM funding_forecast_line k"
            + " JOIN enrolment.apprenticeship a ON a.id = k.apprenticeship_id WHERE k.funding_year = :year AND ";

    /** The kept apprenticeships whose earnings are not known, as {@code k}. */
    private static final String NOT_KNOWN = " FROM funding_forecast_apprenticeship k" + APPRENTICESHIPS
            + " WHERE NOT k.earnings_known AND ";

    /** The same to count, with only their apprenticeships (as {@link #LINES_TO_SUM}). */
    private static final String NOT_KNOWN_TO_COUNT = " FROM funding_forecast_apprenticeship k"
            + " JOIN enrolment.apprenticeship a ON a.id = k.apprenticeship_id WHERE NOT k.earnings_known AND ";

    private static final String MONTHS = "k.month_1, k.month_2, k.month_3, k.month_4, k.month_5, k.month_6,"
            + " k.month_7, k.month_8, k.month_9, k.month_10, k.month_11, k.month_12";

    /**
     * The sums of the kept lines {@code k} grouped by month for the whole, by standard, employer and tutor, and (when
     * {@link #groupingSets} asks) by each pair of them, with {@code by} the alias of the keys (the apprenticeship as it
     * is now, or as the forecast counted it): each group's kind ('P' the whole, 'S' a standard, 'E' an employer, 'T' a
     * tutor; 'SE' a standard and an employer, 'ST' a standard and a tutor, 'ET' an employer and a tutor) and key (the
     * standard's reference, the employer's or tutor's id; a pair's two keys, a space between), its months {@code m1} to
     * {@code m12}, the employer's incentive payments, and how many of its lines are listed; each sum times
     * {@code :sign}. The one grouping the page shows, whether worked out on a request or kept ({@link KeptForecast}),
     * so the two are the same.
     */
    static String groupedSums(String by) {
        StringBuilder sums = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            sums.append(" :sign * sum(k.month_").append(i).append(") AS m").append(i).append(',');
        }
        String standard = by + ".standard_reference";
        String employer = by + ".employer_id";
        String tutor = by + ".tutor_id";
        String standardKey = "coalesce(" + standard + ", '')";
        return "CASE WHEN GROUPING(" + standard + ", " + employer + ") = 0 THEN 'SE'"
                + " WHEN GROUPING(" + standard + ", " + tutor + ") = 0 THEN 'ST'"
                + " WHEN GROUPING(" + employer + ", " + tutor + ") = 0 THEN 'ET'"
                + " WHEN GROUPING(" + standard + ") = 0 THEN 'S'"
                + " WHEN GROUPING(" + employer + ") = 0 THEN 'E'"
                + " WHEN GROUPING(" + tutor + ") = 0 THEN 'T' ELSE 'P' END AS kind,"
                + " CASE WHEN GROUPING(" + standard + ", " + employer + ") = 0 THEN " + standardKey + " || ' ' || "
                + employer + "::text"
                + " WHEN GROUPING(" + standard + ", " + tutor + ") = 0 THEN " + standardKey + " || ' ' || " + tutor
                + "::text"
                + " WHEN GROUPING(" + employer + ", " + tutor + ") = 0 THEN " + employer + "::text || ' ' || " + tutor
                + "::text"
                + " WHEN GROUPING(" + standard + ") = 0 THEN " + standardKey
                + " WHEN GROUPING(" + employer + ") = 0 THEN " + employer + "::text"
                + " WHEN GROUPING(" + tutor + ") = 0 THEN " + tutor + "::text ELSE '' END AS key," + sums
                + " :sign * sum(k.employer_incentives) AS employer_incentives,"
                + " :sign * count(*) FILTER (WHERE k.in_lines) AS listed";
    }

    /**
     * The grouping sets of {@link #groupedSums}, each within {@code within} (a column, or none when empty), and the
     * pairs too when {@code pairs} (kept for a forecast narrowed by one of them; a request groups only what it shows).
     */
    static String groupingSets(String by, String within, boolean pairs) {
        String and = within.isEmpty() ? "" : within + ", ";
        String standard = by + ".standard_reference";
        String employer = by + ".employer_id";
        String tutor = by + ".tutor_id";
        String sets = " GROUP BY GROUPING SETS ((" + within + "), (" + and + standard + "), (" + and + employer
                + "), (" + and + tutor + ")";
        if (pairs) {
            sets += ", (" + and + standard + ", " + employer + "), (" + and + standard + ", " + tutor + "), (" + and
                    + employer + ", " + tutor + ")";
        }
        return sets + ")";
    }

    /**
     * Whether every sum was kept with the forecast, the pairs' included (always, since they were first kept; not for a
     * forecast worked out by a node of an earlier release during a rolling upgrade, which is grouped on request).
     */
    boolean sumsKept() {
        return jdbc.sql("SELECT sums_kept AND pairs_kept FROM funding_forecast ORDER BY worked_out_at DESC LIMIT 1")
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * The year's figures as kept, for what the person may see, narrowed by the filter: empty while the forecast has
     * never been worked out (never £0). The totals by month, standard, employer and tutor are the grouped sums of the
     * kept lines (a group without a listed line is left out, as the forecast has always done); the employer's
     * incentive payments are summed over every apprenticeship of the year, listed or not. For someone who sees the
     * whole provider and narrows nothing they are the sums kept with the lines ({@link KeptForecast}: 20 ms instead of
     * grouping the 90,026 lines of the year, 1,027 ms, at the reference scale), and so they are when such a reader
     * narrows by one standard, employer or tutor (its kept sum and those of its pairs with the other two); for anyone
     * else, or narrowed by more than one, the lines they may see grouped now. The lines by employer and by tutor come a
     * page at a time ({@code page} from 0, {@code size} lines, the last page when {@code page} is past the end), by
     * name.
     */
    public Optional<Forecast> forecast(CurrentUser user, int yearStarting, Filter filter, int page, int size) {
        Narrowing n = narrowing(user, yearStarting, filter);
        return reading.execute(tx -> latest().map(kept -> figures(kept, yearStarting, n, page, size)));
    }

    /** The kept sums of the whole provider, as the grouped sums ({@link #groupedSums}) name their columns. */
    private static final String KEPT_SUMS = "(SELECT g.kind, g.key, g.month_1 AS m1, g.month_2 AS m2,"
            + " g.month_3 AS m3, g.month_4 AS m4, g.month_5 AS m5, g.month_6 AS m6, g.month_7 AS m7, g.month_8 AS m8,"
            + " g.month_9 AS m9, g.month_10 AS m10, g.month_11 AS m11, g.month_12 AS m12, g.employer_incentives,"
            + " g.listed FROM funding_forecast_sum g WHERE g.funding_year = :year)";

    /** The columns of the kept sums {@code g} after their kind and key, as {@link #KEPT_SUMS} names them. */
    private static final String SUMMED = " g.m1, g.m2, g.m3, g.m4, g.m5, g.m6, g.m7, g.m8, g.m9, g.m10, g.m11, g.m12,"
            + " g.employer_incentives, g.listed, NULL AS name";

    /**
     * The kept sums that answer the narrowing {@code n}, as the grouping on request names them: its totals (kind 'P')
     * and its lines by standard ('S'). For the whole provider, its own; narrowed by one standard, that standard's sum
     * as its totals and its one line; narrowed by one employer or tutor, that one's sum as its totals, and its lines
     * by standard are the sums of its pairs with each standard.
     */
    private static String keptGroups(Narrowing n) {
        String totals = "SELECT 'P' AS kind, '' AS key," + SUMMED + " FROM " + KEPT_SUMS
                + " g WHERE g.kind = :keptKind AND g.key = :keptKey";
        String byStandard = switch (n.kept()) {
            case "P" -> "SELECT g.kind, g.key," + SUMMED + " FROM " + KEPT_SUMS + " g WHERE g.kind = 'S'";
            case "S" -> "SELECT g.kind, g.key," + SUMMED + " FROM " + KEPT_SUMS
                    + " g WHERE g.kind = 'S' AND g.key = :keptKey";
            default -> "SELECT 'S' AS kind, s.key," + SUMMED + " FROM " + KEPT_SUMS + " s JOIN " + KEPT_SUMS
                    + " g ON g.kind = 'S" + n.kept() + "' AND g.key = s.key || ' ' || :keptKey WHERE s.kind = 'S'";
        };
        return totals + " UNION ALL " + byStandard;
    }

    /** The names of the employers and tutors of groups {@code g} (kind and key), as they are now. */
    private static final String NAMES = " LEFT JOIN organisation.employer ge"
            + " ON ge.id = CASE WHEN g.kind = 'E' THEN g.key::uuid END"
            + " LEFT JOIN organisation.staff_member gs ON gs.id = CASE WHEN g.kind = 'T' THEN g.key::uuid END";

    /**
     * The figures, with a page of the lines by employer and by tutor (those with a listed line, by name as it is now,
     * lower case first, then the id). From the kept sums, the pages are read by SQL a page at a time in the order of
     * the names' index (at the reference scale 18,003 employers: 1.4 ms for the first page, against 82 ms joining and
     * sorting every one, on a loaded machine); grouped now, every group comes from the one grouping, in that order.
     */
    private Forecast figures(Kept kept, int yearStarting, Narrowing n, int page, int size) {
        boolean keptSums = n.kept() != null && sumsKept();
        Money[] totals = zeros();
        Money[] employerIncentives = {Money.ZERO};
        long[] listed = {0};
        List<Line> byStandard = new ArrayList<>();
        List<Line> byEmployer = new ArrayList<>();
        List<Line> byTutor = new ArrayList<>();
        String groups = keptSums
                ? keptGroups(n)
                : "SELECT g.*, coalesce(ge.name, gs.name) AS name FROM (SELECT " + groupedSums("a") + LINES_TO_SUM
                        + n.condition() + groupingSets("a", "", false) + ") g" + NAMES
                        + " ORDER BY g.kind, lower(coalesce(ge.name, gs.name)), coalesce(ge.id, gs.id)";
        jdbc.sql(groups).params(n.params()).param("sign", 1).query((ResultSet rs) -> {
            Money[] amounts = amounts(rs, "m1");
            boolean shown = rs.getLong("listed") > 0;
            String key = rs.getString("key");
            switch (rs.getString("kind")) {
                case "S" -> {
                    if (shown) {
                        byStandard.add(line(key, key, amounts));
                    }
                }
                case "E" -> {
                    if (shown) {
                        byEmployer.add(line(key, rs.getString("name"), amounts));
                    }
                }
                case "T" -> {
                    if (shown) {
                        byTutor.add(line(key, rs.getString("name"), amounts));
                    }
                }
                default -> {
                    System.arraycopy(amounts, 0, totals, 0, 12);
                    BigDecimal employer = rs.getBigDecimal("employer_incentives");
                    employerIncentives[0] = employer == null ? Money.ZERO : Money.pounds(employer);
                    listed[0] = rs.getLong("listed");
                }
            }
        });
        long notKnown = jdbc.sql("SELECT count(*)" + NOT_KNOWN_TO_COUNT + n.condition()).params(n.params())
                .query(Long.class).single();
        return new Forecast(yearStarting, kept, months(yearStarting), List.of(totals), sum(totals),
                employerIncentives[0], sorted(byStandard),
                keptSums ? keptPage('E', "organisation.employer", n, page, size) : pageOf(byEmployer, page, size),
                keptSums ? keptPage('T', "organisation.staff_member", n, page, size) : pageOf(byTutor, page, size),
                listed[0], notKnown);
    }

    /** The twelve months' amounts of a row, from the column named {@code first} on (a month with none is £0). */
    private static Money[] amounts(ResultSet rs, String first) throws SQLException {
        Money[] amounts = zeros();
        int from = rs.findColumn(first);
        for (int i = 0; i < 12; i++) {
            BigDecimal sum = rs.getBigDecimal(from + i);
            amounts[i] = sum == null ? Money.ZERO : Money.pounds(sum);
        }
        return amounts;
    }

    /**
     * A page of the kept sums by employer or by tutor ({@code kind} 'E' or 'T') that answer the narrowing {@code n},
     * named by {@code names} (the published view of the employers or the staff, whose ids are the sums' keys), by name
     * (lower case first, then the id): for the whole provider, the sums of that kind; narrowed by one of that kind, its
     * own sum alone; narrowed by one of another kind, the sums of its pairs with each of them (the pair's two keys a
     * space between, standard first, then employer, then tutor, found by either key: V183_10). Many are read in the
     * order of the view's index of the names (at the reference scale 18,003 employers: 1.4 ms for the first page,
     * against 82 ms joining and sorting every one, on a loaded machine); a narrowing's few ({@link #FEW_PAIRS} or
     * fewer) are read whole, named and sorted, since walking every name to find them costs as much however few they
     * are (300 ms for a tutor's employers). The counts need no names: every sum's employer or tutor exists (required,
     * kept by their keys).
     */
    private PageOf<Line> keptPage(char kind, String names, Narrowing n, int page, int size) {
        String of = String.valueOf(kind);
        if (n.whole() || n.kept().equals(of)) {
            return keptPage(" g.kind = '" + of + "' AND g.listed > 0" + (n.whole() ? "" : " AND g.key = :keptKey"),
                    "named.id::text", "g.key::uuid", names, n, page, size);
        }
        boolean narrowingFirst = "SET".indexOf(n.kept()) < "SET".indexOf(kind);
        String pair = narrowingFirst ? n.kept() + kind : kind + n.kept();
        return keptPage(" g.kind = '" + pair + "' AND g.listed > 0 AND split_part(g.key, ' ', "
                        + (narrowingFirst ? 1 : 2) + ") = :keptKey",
                narrowingFirst ? ":keptKey || ' ' || named.id::text" : "named.id::text || ' ' || :keptKey",
                "split_part(g.key, ' ', " + (narrowingFirst ? 2 : 1) + ")::uuid", names, n, page, size);
    }

    /** How many lines by employer or tutor of a narrowed forecast are few enough to be read whole, named and sorted. */
    static final long FEW_PAIRS = 1000;

    /** {@link #FEW_PAIRS}, or another number for a test that reads a narrowing's many pairs both ways. */
    long fewPairs = FEW_PAIRS;

    /**
     * A page of the kept sums {@code g} for which {@code where} holds, named by {@code names}: for the whole provider,
     * and for a narrowing with many, in the order of the names' index, each one's sum found by its key ({@code key},
     * an expression of {@code named.id}); for a narrowing with few, its own sums read, named by their id ({@code id},
     * an expression of {@code g}) and sorted.
     */
    private PageOf<Line> keptPage(String where, String key, String id, String names, Narrowing n, int page,
            int size) {
        long total = jdbc.sql("SELECT count(*) FROM " + KEPT_SUMS + " g WHERE" + where).params(n.params())
                .query(Long.class).single();
        int number = within(page, size, total);
        String months = " g.m1, g.m2, g.m3, g.m4, g.m5, g.m6, g.m7, g.m8, g.m9, g.m10, g.m11, g.m12";
        String read = !n.whole() && total <= fewPairs
                ? "WITH few AS MATERIALIZED (SELECT g.* FROM " + KEPT_SUMS + " g WHERE" + where + ")"
                        + " SELECT named.id::text, named.name," + months + " FROM few g JOIN " + names
                        + " named ON named.id = " + id
                : "SELECT named.id::text, named.name," + months + " FROM " + names + " named JOIN " + KEPT_SUMS
                        + " g ON g.key = " + key + " WHERE" + where;
        List<Line> items = jdbc.sql(read + " ORDER BY lower(named.name), named.id LIMIT :limit OFFSET :offset")
                .params(n.params()).param("limit", size).param("offset", (long) number * size)
                .query((rs, i) -> line(rs.getString(1), rs.getString(2), amounts(rs, "m1"))).list();
        return new PageOf<>(items, number, size, total);
    }

    /** One page of lines read whole: the page asked for, or the last when it asks past the end. */
    private static PageOf<Line> pageOf(List<Line> all, int page, int size) {
        int number = within(page, size, all.size());
        long from = Math.min(all.size(), (long) number * size);
        return new PageOf<>(all.subList((int) from, (int) Math.min(all.size(), from + size)), number, size,
                all.size());
    }

    /**
     * A page of the year's apprentice lines (those with an amount for the provider), by name, for what the person may
     * see, narrowed by the filter; {@code total} is every line's count (kept with the sums, for the whole provider and
     * narrowed by one standard, employer or tutor).
     * Empty items before the forecast is worked out.
     */
    public PageOf<Line> apprentices(CurrentUser user, int yearStarting, Filter filter, int page, int size) {
        Narrowing n = narrowing(user, yearStarting, filter);
        return reading.execute(tx -> {
            long total = n.kept() != null && sumsKept()
                    ? jdbc.sql("SELECT listed FROM funding_forecast_sum WHERE funding_year = :year"
                                    + " AND kind = :keptKind AND key = :keptKey")
                            .params(n.params()).query(Long.class).optional().orElse(0L)
                    : jdbc.sql("SELECT count(*)" + LINES_TO_SUM + n.condition() + " AND k.in_lines")
                            .params(n.params()).query(Long.class).single();
            int number = within(page, size, total);
            // in the order of the learners' names as organisation's index of them keeps it (lower(full_name), id): the
            // first page of the year's 90,026 lines at the reference scale 124 ms sorted, 4 ms read from the index
            List<Line> items = jdbc.sql("SELECT k.apprenticeship_id, l.full_name, " + MONTHS + LINES
                            + n.condition() + " AND k.in_lines"
                            + " ORDER BY lower(l.full_name), l.id, k.apprenticeship_id LIMIT :limit OFFSET :offset")
                    .params(n.params()).param("limit", size).param("offset", (long) number * size)
                    .query((rs, i) -> apprenticeLine(rs)).list();
            return new PageOf<>(items, number, size, total);
        });
    }

    /**
     * Every one of the year's apprentice lines, by name, one after another as they are read (a file of the whole
     * provider is never held whole); answers their totals by month, or empty before the forecast is worked out.
     */
    public Optional<Money[]> eachApprentice(CurrentUser user, int yearStarting, Filter filter,
            Consumer<Line> each) {
        Narrowing n = narrowing(user, yearStarting, filter);
        return reading.execute(tx -> {
            if (latest().isEmpty()) {
                return Optional.<Money[]>empty();
            }
            Money[] totals = zeros();
            jdbc.sql("SELECT k.apprenticeship_id, l.full_name, " + MONTHS + LINES + n.condition()
                            + " AND k.in_lines ORDER BY lower(l.full_name), l.id, k.apprenticeship_id")
                    .withFetchSize(1000).params(n.params()).query((ResultSet rs) -> {
                        Line line = apprenticeLine(rs);
                        for (int i = 0; i < 12; i++) {
                            totals[i] = totals[i].plus(line.months().get(i));
                        }
                        each.accept(line);
                    });
            return Optional.of(totals);
        });
    }

    /**
     * A page of the apprenticeships whose earnings are not known, by name, for what the person may see in the year,
     * narrowed by the filter.
     */
    public PageOf<NotKnown> notKnown(CurrentUser user, int yearStarting, Filter filter, int page, int size) {
        Narrowing n = narrowing(user, yearStarting, filter);
        return reading.execute(tx -> {
            long total = jdbc.sql("SELECT count(*)" + NOT_KNOWN_TO_COUNT + n.condition()).params(n.params())
                    .query(Long.class).single();
            int number = within(page, size, total);
            List<NotKnown> items = jdbc.sql("SELECT k.apprenticeship_id, l.full_name, a.standard_reference,"
                            + " k.not_known_because" + NOT_KNOWN + n.condition()
                            + " ORDER BY lower(l.full_name), l.id, k.apprenticeship_id LIMIT :limit OFFSET :offset")
                    .params(n.params()).param("limit", size).param("offset", (long) number * size)
                    .query((rs, i) -> new NotKnown(new ApprenticeshipId(rs.getObject(1, UUID.class)), rs.getString(2),
                            rs.getString(3), rs.getString(4) == null ? "" : rs.getString(4)))
                    .list();
            return new PageOf<>(items, number, size, total);
        });
    }

    /** The page asked for, or the last when it asks past the end. */
    private static int within(int page, int size, long total) {
        long last = Math.max(0, (total - 1) / size);
        return (int) Math.max(0, Math.min(page, last));
    }

    private static Line apprenticeLine(ResultSet rs) throws SQLException {
        Money[] amounts = zeros();
        for (int i = 0; i < 12; i++) {
            amounts[i] = Money.pounds(rs.getBigDecimal(3 + i));
        }
        return line(rs.getObject(1, UUID.class).toString(), rs.getString(2), amounts);
    }

    /** One apprenticeship's money, for a reader of the forecast, worked out now with its working. */
    public Apprentice of(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        requireReader(user);
        ApprenticeshipScope scope = access.scopeOf(user);
        Map<String, Object> params = new HashMap<>(scope.sqlParameters());
        params.put("id", apprenticeshipId);
        List<Apprentice> found = new ArrayList<>();
        reading.executeWithoutResult(tx -> each(scope.sqlCondition() + " AND a.id = :id", params, true, found::add));
        return found.stream().findFirst().orElseThrow(() -> new NotFoundException("Apprenticeship"));
    }

    private record Row(UUID id, UUID learnerId, String learnerName, LocalDate dateOfBirth, UUID employerId,
            String employerName, UUID tutorId, String tutorName, String standard, String status, LocalDate start,
            LocalDate plannedEnd, Integer assessmentMonths, String fundingType, Money band,
            Boolean smallEmployer, boolean ehcPlan, Boolean careLeaver, String programmeType) {
    }

    private record Change(String transition, LocalDate on) {
    }

    /**
     * The money of the apprenticeships the condition on {@code a} selects, each handed on as it is worked out (the
     * whole provider's is never held at once); who pays the price only {@code withPrice} (one apprenticeship's page).
     * Read in three queries whatever the number of apprenticeships, never one per apprentice.
     */
    void each(String where, Map<String, Object> params, boolean withPrice, Consumer<Apprentice> each) {
        String from = " FROM enrolment.apprenticeship a WHERE " + where;
        List<Row> rows = jdbc.sql("""
                        SELECT a.id, a.learner_id, l.full_name, l.date_of_birth, a.employer_id, e.name AS employer_name,
                               a.tutor_id, s.name AS tutor_name, a.standard_reference, a.status, a.start_date,
                               a.planned_end_date, a.epa_period_months, a.funding_type, v.max_funding,
                               i.small_employer, i.ehc_plan, i.care_leaver, pt.programme_type
                        FROM enrolment.apprenticeship a
                        JOIN organisation.learner l ON l.id = a.learner_id
                        JOIN organisation.employer e ON e.id = a.employer_id
                        JOIN organisation.staff_member s ON s.id = a.tutor_id
                        LEFT JOIN catalogue.standard_version v ON v.reference_number = a.standard_reference
                             AND v.version = a.standard_version
                        LEFT JOIN enrolment.incentive_facts i ON i.apprenticeship_id = a.id
                        LEFT JOIN catalogue.standard_programme_type pt ON pt.reference_number = a.standard_reference
                             AND pt.version = a.standard_version
                        WHERE """ + " " + where)
                .params(params).query(FundingForecast::row).list();
        Map<UUID, List<EarningsFacts.Price>> prices = new HashMap<>();
        jdbc.sql("SELECT p.apprenticeship_id, p.applies_from, p.training_price, p.assessment_price"
                        + " FROM enrolment.apprenticeship_price p WHERE p.apprenticeship_id IN (SELECT a.id" + from + ")")
                .params(params).query((rs, n) -> {
                    prices.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                            new EarningsFacts.Price(rs.getObject(2, LocalDate.class), Money.of(rs.getBigDecimal(3)),
                                    Money.of(rs.getBigDecimal(4))));
                    return null;
                }).list();
        Map<UUID, List<Change>> changes = new HashMap<>();
        jdbc.sql("SELECT c.apprenticeship_id, c.transition, c.effective_date"
                        + " FROM enrolment.apprenticeship_status_change c WHERE c.apprenticeship_id IN (SELECT a.id"
                        + from + ") ORDER BY c.effective_date, c.recorded_at")
                .params(params).query((rs, n) -> {
                    changes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                            new Change(rs.getString(2), rs.getObject(3, LocalDate.class)));
                    return null;
                }).list();
        LocalDate today = LocalDate.now(clock);
        // the foundation apprenticeship payment the provider recorded, by start date (docs/domain/programme-types.md)
        List<waypoint.rules.FoundationIncentive> recorded = foundationIncentives.all();
        for (Row r : rows) {
            each.accept(apprentice(r, prices.getOrDefault(r.id(), List.of()), changes.getOrDefault(r.id(), List.of()),
                    recorded, today, withPrice));
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("learner_id", UUID.class),
                rs.getString("full_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("employer_id", UUID.class), rs.getString("employer_name"),
                rs.getObject("tutor_id", UUID.class), rs.getString("tutor_name"), rs.getString("standard_reference"),
                rs.getString("status"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("planned_end_date", LocalDate.class), (Integer) rs.getObject("epa_period_months"),
                rs.getString("funding_type"), Money.of(rs.getBigDecimal("max_funding")),
                (Boolean) rs.getObject("small_employer"), rs.getBoolean("ehc_plan"),
                (Boolean) rs.getObject("care_leaver"), rs.getString("programme_type"));
    }

    private static Apprentice apprentice(Row r, List<EarningsFacts.Price> prices, List<Change> changes,
            List<waypoint.rules.FoundationIncentive> foundationIncentives, LocalDate today, boolean withPrice) {
        List<EarningsFacts.Break> breaks = new ArrayList<>();
        LocalDate breakFrom = null;
        LocalDate withdrawn = null;
        LocalDate completed = null;
        for (Change c : changes) {
            switch (c.transition()) {
                case "BREAK" -> breakFrom = c.on();
                case "RETURN" -> {
                    if (breakFrom != null && c.on().isAfter(breakFrom.plusDays(28))) {
                        breaks.add(new EarningsFacts.Break(breakFrom, Optional.of(c.on())));
                    }
                    breakFrom = null;
                }
                case "WITHDRAW" -> withdrawn = c.on();
                case "COMPLETE" -> completed = c.on();
                default -> { }
            }
        }
        if (breakFrom != null) {
            breaks.add(new EarningsFacts.Break(breakFrom, Optional.empty()));
        }
        List<String> warnings = new ArrayList<>();
        Earnings earnings = Earnings.of(new EarningsFacts(r.start(), r.plannedEnd(), prices,
                Optional.ofNullable(r.band()), breaks, Optional.ofNullable(withdrawn),
                Optional.ofNullable(completed),
                Optional.ofNullable(r.assessmentMonths())), today);
        warnings.addAll(earnings.warnings());
        Optional<Incentives> incentives = Optional.empty();
        Optional<PriceBreakdown> price = Optional.empty();
        if (r.dateOfBirth() != null && r.dateOfBirth().isBefore(r.start())) {
            LocalDate ended = completed;
            incentives = Optional.of(Incentives.of(new Incentives.Facts(r.start(), r.dateOfBirth(), r.ehcPlan(),
                    Optional.ofNullable(r.careLeaver()), Optional.ofNullable(r.smallEmployer()), breaks,
                    Optional.ofNullable(withdrawn), Optional.ofNullable(ended),
                    r.programmeType() == null ? null : ProgrammeType.valueOf(r.programmeType()),
                    foundationIncentives), today));
            warnings.addAll(incentives.get().warnings());
            if (withPrice) {
                price = priceOf(r, prices);
            }
        } else {
            warnings.add("The learner's date of birth is not recorded, so the incentives and the employer's"
                    + " contribution are not known.");
        }
        return new Apprentice(new ApprenticeshipId(r.id()), r.learnerName(), r.employerId(), r.employerName(),
                r.tutorId(), r.tutorName(), r.standard(), r.status(), r.start(), r.plannedEnd(), earnings, incentives,
                price, warnings);
    }

    /** Who pays the price: the employer's contribution by the latest price; empty when the rules cannot say. */
    private static Optional<PriceBreakdown> priceOf(Row r, List<EarningsFacts.Price> prices) {
        Optional<EarningsFacts.Price> latest = prices.stream().max(Comparator.comparing(
                EarningsFacts.Price::from));
        try {
            return Optional.of(EmployerContribution.of(new PriceFacts(r.start(), r.dateOfBirth(),
                    Optional.ofNullable(r.fundingType()).map(PriceFacts.LevyStatus::valueOf),
                    latest.map(EarningsFacts.Price::training), latest.map(EarningsFacts.Price::assessment),
                    Optional.ofNullable(r.band()))));
        } catch (RuleInputException unusable) {
            return Optional.empty();
        }
    }

    private static Money[] zeros() {
        Money[] months = new Money[12];
        java.util.Arrays.fill(months, Money.ZERO);
        return months;
    }

    private static Money sum(Money[] amounts) {
        return java.util.Arrays.stream(amounts).reduce(Money.ZERO, Money::plus);
    }

    private static Line line(String key, String name, Money[] amounts) {
        return new Line(key, name, List.of(amounts), sum(amounts));
    }

    /** The lines by name (the key when no name is given), as the forecast has always listed them. */
    private static List<Line> sorted(List<Line> lines) {
        return lines.stream().map(l -> l.name() == null ? new Line(l.key(), l.key(), l.months(), l.total()) : l)
                .sorted(Comparator.comparing(Line::name).thenComparing(Line::key)).toList();
    }
}
