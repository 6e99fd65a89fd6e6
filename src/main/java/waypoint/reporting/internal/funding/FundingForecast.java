package waypoint.reporting.internal.funding;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.rules.Earnings;
import waypoint.rules.EarningsFacts;
import waypoint.rules.EmployerContribution;
import waypoint.rules.Incentives;
import waypoint.rules.PriceBreakdown;
import waypoint.rules.PriceFacts;
import waypoint.rules.ProgrammeType;
import waypoint.rules.RuleInputException;
import waypoint.shared.NotFoundException;

/**
 * The provider's funding forecast (docs/domain/funding-rules.md, The forecast): for a funding year (August to July),
 * each apprenticeship's earnings month by month and the incentives due to the provider, worked out by the funding
 * rules ({@link Earnings}, {@link Incentives}) from what enrolment publishes (the apprenticeship, its dated prices and
 * status changes, the incentive facts), the organisation's names and the catalogue's funding band maximum; totals by
 * month, standard, employer and tutor. Read in three queries whatever the number of apprenticeships, never one per
 * apprentice. For heads of delivery, directors, the data officer and administrators.
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

    FundingForecast(JdbcClient jdbc, ApprenticeshipAccess access, FoundationIncentiveSettings foundationIncentives,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.foundationIncentives = foundationIncentives;
        this.clock = clock;
    }

    /** Narrows the forecast: any may be empty. */
    public record Filter(String standardReference, UUID employerId, UUID tutorId) {
    }

    /**
     * One apprenticeship's money: who it is, its earnings, incentives and who pays the price, with the working. Who
     * pays the price is worked out for one apprenticeship's page ({@link #of}); the forecast's lists leave it empty.
     */
    public record Apprentice(UUID apprenticeshipId, String learnerName, UUID employerId, String employerName,
            UUID tutorId, String tutorName, String standard, String status, LocalDate startDate,
            LocalDate plannedEndDate, Earnings earnings, Optional<Incentives> incentives,
            Optional<PriceBreakdown> price, List<String> warnings) {

        /** The provider's amounts in the month: earnings and the provider's incentive payments due or earned. */
        public BigDecimal providerIn(YearMonth month) {
            BigDecimal earned = earnings.instalments().stream().filter(i -> i.month().equals(month))
                    .map(Earnings.Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return earned.add(incentivesIn(month, Incentives.Recipient.PROVIDER));
        }

        /** The employer's incentive payments in the month (the provider passes them on). */
        public BigDecimal employerIncentivesIn(YearMonth month) {
            return incentivesIn(month, Incentives.Recipient.EMPLOYER);
        }

        private BigDecimal incentivesIn(YearMonth month, Incentives.Recipient to) {
            return incentives.map(i -> i.payments().stream().filter(p -> p.recipient() == to
                            && (p.state() == Incentives.State.DUE || p.state() == Incentives.State.EARNED)
                            && p.dueOn().map(YearMonth::from).filter(month::equals).isPresent())
                    .map(Incentives.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .orElse(BigDecimal.ZERO);
        }
    }

    /** A line of a total: a name and its amount for each month of the year. */
    public record Line(String key, String name, List<BigDecimal> months, BigDecimal total) {
    }

    /**
     * The forecast of a funding year: its months, each apprenticeship with an amount in the year, the totals by
     * month, standard, employer and tutor, and the apprenticeships whose earnings are not known (never counted as 0).
     */
    public record Forecast(int yearStarting, List<YearMonth> months, List<Line> apprentices, List<BigDecimal> totals,
            BigDecimal total, BigDecimal employerIncentives, List<Line> byStandard, List<Line> byEmployer,
            List<Line> byTutor, List<Apprentice> unknown) {

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
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
    }

    @Transactional(readOnly = true)
    public Forecast forecast(CurrentUser user, int yearStarting, Filter filter) {
        requireReader(user);
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.of(yearStarting, 8).plusMonths(i));
        }
        LocalDate from = months.get(0).atDay(1);
        LocalDate to = months.get(11).atEndOfMonth();
        Map<String, Object> params = new HashMap<>(access.scopeOf(user).sqlParameters());
        StringBuilder where = new StringBuilder(access.scopeOf(user).sqlCondition()
                + " AND a.start_date <= :to AND a.planned_end_date >= :longAgo");
        params.put("to", to);
        // the completion share may fall up to the planned end plus the assessment period, and later if overdue
        params.put("longAgo", from.minusYears(3));
        if (filter.standardReference() != null && !filter.standardReference().isBlank()) {
            where.append(" AND a.standard_reference = :standard");
            params.put("standard", filter.standardReference().strip().toUpperCase());
        }
        if (filter.employerId() != null) {
            where.append(" AND a.employer_id = :employer");
            params.put("employer", filter.employerId());
        }
        if (filter.tutorId() != null) {
            where.append(" AND a.tutor_id = :tutor");
            params.put("tutor", filter.tutorId());
        }
        // the forecast shows no one's share of the price: that is worked out for one apprenticeship's page only
        return tally(yearStarting, read(where.toString(), params, false));
    }

    /**
     * The forecast of a year from its apprenticeships' money: each apprenticeship's instalments and the provider's
     * and employer's incentive payments put in their month in one pass (the figures {@link Apprentice#providerIn} and
     * {@link Apprentice#employerIncentivesIn} give, without looking through every instalment for each of the twelve
     * months), an apprenticeship with nothing in the year left out, and the totals by month, standard, employer and
     * tutor. Pure: the same apprenticeships give the same forecast.
     */
    static Forecast tally(int yearStarting, List<Apprentice> all) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.of(yearStarting, 8).plusMonths(i));
        }
        YearMonth first = months.get(0);
        List<Line> rows = new ArrayList<>();
        List<Apprentice> unknown = new ArrayList<>();
        BigDecimal[] totals = zeros();
        BigDecimal employerIncentives = BigDecimal.ZERO;
        Map<String, BigDecimal[]> byStandard = new HashMap<>();
        Map<String, BigDecimal[]> byEmployer = new HashMap<>();
        Map<String, BigDecimal[]> byTutor = new HashMap<>();
        Map<String, String> employerNames = new HashMap<>();
        Map<String, String> tutorNames = new HashMap<>();
        for (Apprentice a : all) {
            if (!a.earnings().known()) {
                unknown.add(a);
            }
            BigDecimal[] amounts = zeros();
            for (Earnings.Instalment i : a.earnings().instalments()) {
                int m = monthIn(first, i.on());
                if (m >= 0) {
                    amounts[m] = amounts[m].add(i.amount());
                }
            }
            if (a.incentives().isPresent()) {
                for (Incentives.Payment p : a.incentives().get().payments()) {
                    if ((p.state() != Incentives.State.DUE && p.state() != Incentives.State.EARNED)
                            || p.dueOn().isEmpty()) {
                        continue;
                    }
                    int m = monthIn(first, p.dueOn().get());
                    if (m < 0) {
                        continue;
                    }
                    if (p.recipient() == Incentives.Recipient.PROVIDER) {
                        amounts[m] = amounts[m].add(p.amount());
                    } else if (p.recipient() == Incentives.Recipient.EMPLOYER) {
                        employerIncentives = employerIncentives.add(p.amount());
                    }
                }
            }
            boolean any = false;
            for (BigDecimal amount : amounts) {
                any |= amount.signum() != 0;
            }
            if (!any) {
                continue;
            }
            for (int i = 0; i < 12; i++) {
                totals[i] = totals[i].add(amounts[i]);
            }
            rows.add(line(a.apprenticeshipId().toString(), a.learnerName(), amounts));
            add(byStandard, a.standard(), amounts);
            add(byEmployer, a.employerId().toString(), amounts);
            employerNames.put(a.employerId().toString(), a.employerName());
            add(byTutor, a.tutorId().toString(), amounts);
            tutorNames.put(a.tutorId().toString(), a.tutorName());
        }
        rows.sort(java.util.Comparator.comparing(Line::name));
        return new Forecast(yearStarting, months, rows, List.of(totals), sum(totals), employerIncentives,
                sorted(byStandard, new HashMap<>()), sorted(byEmployer, employerNames), sorted(byTutor, tutorNames),
                unknown);
    }

    /** The place of the day's month in the funding year starting with {@code first} (0 to 11), or -1 outside it. */
    private static int monthIn(YearMonth first, LocalDate day) {
        int n = (day.getYear() - first.getYear()) * 12 + day.getMonthValue() - first.getMonthValue();
        return n >= 0 && n < 12 ? n : -1;
    }

    /** One apprenticeship's money, for a reader of the forecast; absent when there is none to see. */
    @Transactional(readOnly = true)
    public Apprentice of(CurrentUser user, UUID apprenticeshipId) {
        requireReader(user);
        Map<String, Object> params = new HashMap<>(access.scopeOf(user).sqlParameters());
        params.put("id", apprenticeshipId);
        return read(access.scopeOf(user).sqlCondition() + " AND a.id = :id", params, true).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Apprenticeship"));
    }

    private record Row(UUID id, UUID learnerId, String learnerName, LocalDate dateOfBirth, UUID employerId,
            String employerName, UUID tutorId, String tutorName, String standard, String status, LocalDate start,
            LocalDate plannedEnd, Integer assessmentMonths, String fundingType, BigDecimal band,
            Boolean smallEmployer, boolean ehcPlan, Boolean careLeaver, String programmeType) {
    }

    private record Change(String transition, LocalDate on) {
    }

    /** The apprenticeships' money; who pays the price only {@code withPrice} (one apprenticeship's page). */
    private List<Apprentice> read(String where, Map<String, Object> params, boolean withPrice) {
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
                            new EarningsFacts.Price(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                                    rs.getBigDecimal(4)));
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
        return rows.stream().map(r -> apprentice(r, prices.getOrDefault(r.id(), List.of()),
                changes.getOrDefault(r.id(), List.of()), recorded, today, withPrice)).toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("learner_id", UUID.class),
                rs.getString("full_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("employer_id", UUID.class), rs.getString("employer_name"),
                rs.getObject("tutor_id", UUID.class), rs.getString("tutor_name"), rs.getString("standard_reference"),
                rs.getString("status"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("planned_end_date", LocalDate.class), (Integer) rs.getObject("epa_period_months"),
                rs.getString("funding_type"), rs.getBigDecimal("max_funding"),
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
                Optional.ofNullable(r.band()), breaks, Optional.ofNullable(withdrawn), Optional.ofNullable(completed),
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
        return new Apprentice(r.id(), r.learnerName(), r.employerId(), r.employerName(), r.tutorId(), r.tutorName(),
                r.standard(), r.status(), r.start(), r.plannedEnd(), earnings, incentives, price, warnings);
    }

    /** Who pays the price: the employer's contribution by the latest price; empty when the rules cannot say. */
    private static Optional<PriceBreakdown> priceOf(Row r, List<EarningsFacts.Price> prices) {
        Optional<EarningsFacts.Price> latest = prices.stream().max(java.util.Comparator.comparing(
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

    private static BigDecimal[] zeros() {
        BigDecimal[] months = new BigDecimal[12];
        java.util.Arrays.fill(months, BigDecimal.ZERO);
        return months;
    }

    private static BigDecimal sum(BigDecimal[] amounts) {
        return java.util.Arrays.stream(amounts).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Line line(String key, String name, BigDecimal[] amounts) {
        return new Line(key, name, List.of(amounts), sum(amounts));
    }

    private static void add(Map<String, BigDecimal[]> sums, String key, BigDecimal[] amounts) {
        BigDecimal[] into = sums.computeIfAbsent(key, k -> zeros());
        for (int i = 0; i < 12; i++) {
            into[i] = into[i].add(amounts[i]);
        }
    }

    /** The lines by name (the key when no name is given), as the forecast has always listed them. */
    private static List<Line> sorted(Map<String, BigDecimal[]> sums, Map<String, String> names) {
        return sums.entrySet().stream()
                .map(e -> line(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparing(Line::name).thenComparing(Line::key)).toList();
    }
}
