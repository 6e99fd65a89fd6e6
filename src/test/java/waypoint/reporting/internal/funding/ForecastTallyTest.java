package waypoint.reporting.internal.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.rules.Earnings;
import waypoint.rules.EarningsFacts;
import waypoint.rules.Incentives;

/**
 * The forecast's totals are put together in one pass over each apprenticeship's instalments and payments
 * (docs/performance.md, "Provider-wide reports (session 12)"); for a hand-built cohort they are the figures the
 * forecast gave before, when each month of each apprenticeship was looked up on its own, line for line and penny for
 * penny.
 */
class ForecastTallyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final UUID ACME = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID ACME_TOO = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID BRIGHT = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID TUTOR_ONE = UUID.fromString("00000000-0000-0000-0000-000000000101");
    static final UUID TUTOR_TWO = UUID.fromString("00000000-0000-0000-0000-000000000102");

    static FundingForecast.Apprentice apprentice(String name, UUID employer, String employerName, UUID tutor,
            String tutorName, String standard, LocalDate start, LocalDate plannedEnd, List<EarningsFacts.Price> prices,
            List<EarningsFacts.Break> breaks, LocalDate withdrawn, LocalDate completed, LocalDate born,
            Boolean smallEmployer) {
        Earnings earnings = Earnings.of(new EarningsFacts(start, plannedEnd, prices,
                Optional.of(new BigDecimal("9000")), breaks, Optional.ofNullable(withdrawn),
                Optional.ofNullable(completed), Optional.of(3)), TODAY);
        Incentives incentives = Incentives.of(new Incentives.Facts(start, born, false, Optional.of(false),
                Optional.ofNullable(smallEmployer), breaks, Optional.ofNullable(withdrawn),
                Optional.ofNullable(completed)), TODAY);
        return new FundingForecast.Apprentice(UUID.nameUUIDFromBytes(name.getBytes()), name, employer, employerName,
                tutor, tutorName, standard, "IN_LEARNING", start, plannedEnd, earnings, Optional.of(incentives),
                Optional.empty(), List.of());
    }

    static List<EarningsFacts.Price> price(LocalDate from, String training) {
        return List.of(new EarningsFacts.Price(from, new BigDecimal(training), new BigDecimal("1000")));
    }

    /** Apprenticeships of every kind the forecast meets. */
    static List<FundingForecast.Apprentice> cohort() {
        List<FundingForecast.Apprentice> all = new ArrayList<>();
        // in learning, aged 17 at the start, at a small employer: instalments and incentives to both
        all.add(apprentice("Ada Young", ACME, "Acme Ltd", TUTOR_ONE, "Tess Tutor", "ST0116",
                LocalDate.of(2026, 9, 1), LocalDate.of(2028, 3, 1), price(LocalDate.of(2026, 9, 1), "9000"),
                List.of(), null, null, LocalDate.of(2009, 5, 1), true));
        // a price change part way, aged 30
        all.add(apprentice("Ben Change", ACME, "Acme Ltd", TUTOR_TWO, "Tom Tutor", "ST0116",
                LocalDate.of(2026, 1, 5), LocalDate.of(2027, 7, 5), List.of(
                        new EarningsFacts.Price(LocalDate.of(2026, 1, 5), new BigDecimal("8000"),
                                new BigDecimal("1000")),
                        new EarningsFacts.Price(LocalDate.of(2026, 10, 1), new BigDecimal("6500"),
                                new BigDecimal("1000"))),
                List.of(), null, null, LocalDate.of(1996, 2, 2), null));
        // another employer of the same name: kept apart, ordered by its id after the first
        all.add(apprentice("Cara Same", ACME_TOO, "Acme Ltd", TUTOR_ONE, "Tess Tutor", "ST0419",
                LocalDate.of(2025, 11, 17), LocalDate.of(2027, 2, 17), price(LocalDate.of(2025, 11, 17), "12000"),
                List.of(), null, null, LocalDate.of(2000, 1, 1), false));
        // a finished break in learning and one still going on
        all.add(apprentice("Dan Break", BRIGHT, "Bright plc", TUTOR_TWO, "Tom Tutor", "ST0419",
                LocalDate.of(2025, 10, 1), LocalDate.of(2027, 4, 1), price(LocalDate.of(2025, 10, 1), "7000"),
                List.of(new EarningsFacts.Break(LocalDate.of(2026, 2, 1), Optional.of(LocalDate.of(2026, 4, 1)))),
                null, null, LocalDate.of(2008, 6, 1), null));
        all.add(apprentice("Eve Paused", BRIGHT, "Bright plc", TUTOR_ONE, "Tess Tutor", "ST0116",
                LocalDate.of(2026, 3, 2), LocalDate.of(2027, 9, 2), price(LocalDate.of(2026, 3, 2), "9000"),
                List.of(new EarningsFacts.Break(LocalDate.of(2026, 10, 5), Optional.empty())), null, null,
                LocalDate.of(1990, 1, 1), null));
        // withdrawn in the year, and completed early in the year
        all.add(apprentice("Finn Left", BRIGHT, "Bright plc", TUTOR_TWO, "Tom Tutor", "ST0116",
                LocalDate.of(2025, 12, 1), LocalDate.of(2027, 6, 1), price(LocalDate.of(2025, 12, 1), "9000"),
                List.of(), LocalDate.of(2026, 11, 10), null, LocalDate.of(2008, 3, 3), null));
        all.add(apprentice("Gail Done", ACME, "Acme Ltd", TUTOR_ONE, "Tess Tutor", "ST0419",
                LocalDate.of(2025, 2, 3), LocalDate.of(2026, 11, 3), price(LocalDate.of(2025, 2, 3), "9500"),
                List.of(), null, LocalDate.of(2026, 9, 20), LocalDate.of(1985, 7, 7), null));
        // earnings not known (no price): listed apart, not in the figures
        all.add(apprentice("Hal Unknown", ACME, "Acme Ltd", TUTOR_TWO, "Tom Tutor", "ST0116",
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 10, 1), List.of(), List.of(), null, null,
                LocalDate.of(1999, 9, 9), null));
        // nothing in the year: ended long before it
        all.add(apprentice("Ian Before", BRIGHT, "Bright plc", TUTOR_ONE, "Tess Tutor", "ST0116",
                LocalDate.of(2022, 1, 3), LocalDate.of(2023, 7, 3), price(LocalDate.of(2022, 1, 3), "9000"),
                List.of(), null, LocalDate.of(2023, 8, 1), LocalDate.of(1980, 1, 1), null));
        return all;
    }

    @Test
    void the_forecast_of_a_hand_built_cohort_has_the_figures_worked_out_month_by_month() {
        for (int year : new int[] {2025, 2026, 2027}) {
            List<FundingForecast.Apprentice> cohort = cohort();
            FundingForecast.Forecast tallied = FundingForecast.tally(year, cohort);
            FundingForecast.Forecast before = monthByMonth(year, cohort);
            assertThat(tallied.months()).isEqualTo(before.months());
            assertThat(tallied.apprentices()).as("apprentices in %d", year).isEqualTo(before.apprentices());
            assertThat(tallied.totals()).as("totals in %d", year).isEqualTo(before.totals());
            assertThat(tallied.total()).isEqualTo(before.total());
            assertThat(tallied.employerIncentives()).isEqualTo(before.employerIncentives());
            assertThat(tallied.byStandard()).isEqualTo(before.byStandard());
            assertThat(tallied.byEmployer()).isEqualTo(before.byEmployer());
            assertThat(tallied.byTutor()).isEqualTo(before.byTutor());
            assertThat(tallied.unknown()).isEqualTo(before.unknown());
        }
    }

    @Test
    void a_worked_example_the_young_apprentice_earns_400_pounds_a_month_and_the_incentives_fall_in_their_month() {
        FundingForecast.Forecast f = FundingForecast.tally(2026, cohort().subList(0, 1));
        // £10,000 agreed, £9,000 funded: 80% over the 18 month ends from September 2026 = £400 a month
        assertThat(f.totals().get(1)).isEqualByComparingTo("400.00");
        // day 90 in learning is 29 November 2026: £500 to the provider beside the instalment
        assertThat(f.totals().get(3)).isEqualByComparingTo("900.00");
        // the employer's halves (young apprentice and small employer) at day 90 and day 365 (31 August 2027)
        assertThat(f.employerIncentives()).isEqualByComparingTo("1500.00");
        assertThat(f.byEmployer()).extracting(FundingForecast.Line::name).containsExactly("Acme Ltd");
        assertThat(FundingForecast.tally(2026, cohort()).unknown()).extracting(FundingForecast.Apprentice::learnerName)
                .containsExactly("Hal Unknown");
    }

    /** The forecast as it was worked out before: each month of each apprenticeship looked up on its own. */
    static FundingForecast.Forecast monthByMonth(int yearStarting, List<FundingForecast.Apprentice> all) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.of(yearStarting, 8).plusMonths(i));
        }
        List<FundingForecast.Line> rows = new ArrayList<>();
        List<FundingForecast.Apprentice> unknown = new ArrayList<>();
        BigDecimal[] totals = zeros();
        BigDecimal employerIncentives = BigDecimal.ZERO;
        Map<String, FundingForecast.Line> byStandard = new TreeMap<>();
        Map<String, FundingForecast.Line> byEmployer = new TreeMap<>();
        Map<String, FundingForecast.Line> byTutor = new TreeMap<>();
        for (FundingForecast.Apprentice a : all) {
            if (!a.earnings().known()) {
                unknown.add(a);
            }
            BigDecimal[] amounts = zeros();
            boolean any = false;
            for (int i = 0; i < 12; i++) {
                amounts[i] = a.providerIn(months.get(i));
                employerIncentives = employerIncentives.add(a.employerIncentivesIn(months.get(i)));
                any |= amounts[i].signum() != 0;
            }
            if (!any) {
                continue;
            }
            for (int i = 0; i < 12; i++) {
                totals[i] = totals[i].add(amounts[i]);
            }
            rows.add(line(a.apprenticeshipId().toString(), a.learnerName(), amounts));
            add(byStandard, a.standard(), a.standard(), amounts);
            add(byEmployer, a.employerId().toString(), a.employerName(), amounts);
            add(byTutor, a.tutorId().toString(), a.tutorName(), amounts);
        }
        rows.sort(Comparator.comparing(FundingForecast.Line::name));
        return new FundingForecast.Forecast(yearStarting, months, rows, List.of(totals), sum(totals),
                employerIncentives, sorted(byStandard), sorted(byEmployer), sorted(byTutor), unknown);
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] months = new BigDecimal[12];
        java.util.Arrays.fill(months, BigDecimal.ZERO);
        return months;
    }

    private static BigDecimal sum(BigDecimal[] amounts) {
        return java.util.Arrays.stream(amounts).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static FundingForecast.Line line(String key, String name, BigDecimal[] amounts) {
        return new FundingForecast.Line(key, name, List.of(amounts), sum(amounts));
    }

    private static void add(Map<String, FundingForecast.Line> lines, String key, String name, BigDecimal[] amounts) {
        FundingForecast.Line before = lines.get(key);
        BigDecimal[] sums = before == null ? zeros() : before.months().toArray(new BigDecimal[0]);
        for (int i = 0; i < 12; i++) {
            sums[i] = sums[i].add(amounts[i]);
        }
        lines.put(key, line(key, name, sums));
    }

    private static List<FundingForecast.Line> sorted(Map<String, FundingForecast.Line> lines) {
        Map<String, FundingForecast.Line> byName = new LinkedHashMap<>();
        lines.values().stream().sorted(Comparator.comparing(FundingForecast.Line::name))
                .forEach(l -> byName.put(l.key(), l));
        return List.copyOf(byName.values());
    }
}
