package waypoint.reporting.internal.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.rules.Earnings;
import waypoint.rules.EarningsFacts;
import waypoint.rules.Incentives;
import waypoint.shared.money.Money;

/**
 * What the forecast keeps of each apprenticeship: a line for each funding year (August to July) in which it has an
 * amount, each instalment and incentive payment in its month, put together in one pass (docs/domain/funding-rules.md,
 * The forecast). The forecast's totals, by standard, employer and tutor are sums of these lines. For a hand-built
 * cohort of every kind of apprenticeship the forecast meets, each line is the one worked out by hand below from the
 * funding rules, penny for penny.
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
                Optional.of(Money.pounds(9000)), breaks, Optional.ofNullable(withdrawn),
                Optional.ofNullable(completed), Optional.of(3)), TODAY);
        Incentives incentives = Incentives.of(new Incentives.Facts(start, born, false, Optional.of(false),
                Optional.ofNullable(smallEmployer), breaks, Optional.ofNullable(withdrawn),
                Optional.ofNullable(completed)), TODAY);
        return new FundingForecast.Apprentice(new ApprenticeshipId(UUID.nameUUIDFromBytes(name.getBytes())), name,
                employer, employerName, tutor, tutorName, standard, "IN_LEARNING", start, plannedEnd, earnings,
                Optional.of(incentives), Optional.empty(), List.of());
    }

    static List<EarningsFacts.Price> price(LocalDate from, String training) {
        return List.of(new EarningsFacts.Price(from, Money.pounds(training), Money.pounds(1000)));
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
                        new EarningsFacts.Price(LocalDate.of(2026, 1, 5), Money.pounds(8000),
                                Money.pounds(1000)),
                        new EarningsFacts.Price(LocalDate.of(2026, 10, 1), Money.pounds(6500),
                                Money.pounds(1000))),
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

    /** An expected line: the funding year, the provider's twelve months from August, the employer's payments. */
    record Expected(int year, String months, String employer) {

        List<Money> amounts() {
            return Arrays.stream(months.split(" ")).map(Money::pounds).toList();
        }
    }

    static Expected year(int year, String months, String employer) {
        return new Expected(year, months, employer);
    }

    static List<ForecastLine> linesOf(String name) {
        return ForecastLine.of(cohort().stream().filter(a -> a.learnerName().equals(name)).findFirst().orElseThrow());
    }

    static void hasLines(String name, Expected... expected) {
        List<ForecastLine> lines = linesOf(name);
        assertThat(lines).extracting(ForecastLine::fundingYear).as(name + "'s years")
                .containsExactly(Arrays.stream(expected).map(Expected::year).toArray(Integer[]::new));
        for (int i = 0; i < expected.length; i++) {
            ForecastLine line = lines.get(i);
            assertThat(line.months()).as(name + " in " + line.fundingYear())
                    .containsExactlyElementsOf(expected[i].amounts());
            assertThat(line.employerIncentives()).as(name + "'s employer payments in " + line.fundingYear())
                    .isEqualTo(Money.pounds(expected[i].employer()));
            assertThat(line.total()).isEqualTo(expected[i].amounts().stream()
                    .reduce(Money.ZERO, Money::plus));
        }
    }

    @Test
    void a_young_apprentice_at_a_small_employer_earns_400_pounds_a_month_with_the_incentives_in_their_month() {
        // £10,000 agreed, £9,000 funded: 80% over the 18 month ends from 30 September 2026 = £400 a month; day 90 in
        // learning is 29 November 2026 and day 365 is 31 August 2027: £500 to the provider each time, and to the
        // employer £500 (aged 17) and £1,000 (a small employer); the completion share, 20% = £1,800, is forecast for
        // the planned end (1 March 2028) plus the 3-month assessment period
        hasLines("Ada Young",
                year(2026, "0 400 400 900 400 400 400 400 400 400 400 400", "1500"),
                year(2027, "900 400 400 400 400 400 400 0 0 0 1800 0", "1500"));
    }

    @Test
    void a_price_change_spreads_what_remains_over_the_month_ends_left() {
        // £9,000 from 5 January 2026: £7,200 over 18 month ends = £400; from 1 October 2026 £7,500: £6,000 less the
        // £3,600 earned in 9 months = £2,400 over the 9 left = £266.67, the last taking the rounding (£266.64); the
        // completion share (20% of £7,500) on 5 October 2027; aged 29, no incentives
        hasLines("Ben Change",
                year(2025, "0 0 0 0 0 400 400 400 400 400 400 400", "0"),
                year(2026, "400 400 266.67 266.67 266.67 266.67 266.67 266.67 266.67 266.67 266.64 0", "0"),
                year(2027, "0 0 1500 0 0 0 0 0 0 0 0 0", "0"));
    }

    @Test
    void a_price_above_the_band_maximum_is_funded_up_to_it() {
        // £13,000 agreed, £9,000 funded: £7,200 over the 15 month ends from 30 November 2025 = £480; £1,800 on
        // 17 May 2027 (the planned end plus 3 months); aged 25, no incentives
        hasLines("Cara Same",
                year(2025, "0 0 0 480 480 480 480 480 480 480 480 480", "0"),
                year(2026, "480 480 480 480 480 480 0 0 0 1800 0 0", "0"));
    }

    @Test
    void a_finished_break_earns_nothing_in_its_months_and_moves_the_incentive_day_on() {
        // £8,000 funded: £6,400 over the 16 month ends not in the break (February and March 2026) = £400; day 90 is
        // 29 December 2025, day 365 is 30 September 2026 moved on by the 59 days of the break to 28 November 2026
        hasLines("Dan Break",
                year(2025, "0 0 400 400 900 400 0 0 400 400 400 400", "500"),
                year(2026, "400 400 400 900 400 400 400 400 0 0 0 1600", "500"));
    }

    @Test
    void a_break_still_going_on_pauses_the_earnings_and_forecasts_no_completion() {
        hasLines("Eve Paused",
                year(2025, "0 0 0 0 0 0 0 400 400 400 400 400", "0"),
                year(2026, "400 400 0 0 0 0 0 0 0 0 0 0", "0"));
    }

    @Test
    void a_withdrawal_stops_the_earnings_and_the_payments_due_after_it() {
        // in learning on 31 October 2026, withdrawn on 10 November 2026: day 90 (28 February 2026) is paid, day 365
        // (30 November 2026) is not, and there is no completion share
        hasLines("Finn Left",
                year(2025, "0 0 0 0 400 400 900 400 400 400 400 400", "500"),
                year(2026, "400 400 400 0 0 0 0 0 0 0 0 0", "0"));
    }

    @Test
    void an_early_completion_earns_the_balance_of_the_on_programme_share_with_the_completion_share() {
        // £9,000 funded: £7,200 over 21 month ends = £342.86; completed on 20 September 2026 after 19 of them: the
        // £685.66 left and the £1,800 completion share in September
        hasLines("Gail Done",
                year(2024, "0 0 0 0 0 0 342.86 342.86 342.86 342.86 342.86 342.86", "0"),
                year(2025, "342.86 342.86 342.86 342.86 342.86 342.86 342.86 342.86 342.86 342.86 342.86 342.86", "0"),
                year(2026, "342.86 2485.66 0 0 0 0 0 0 0 0 0 0", "0"));
    }

    @Test
    void earnings_not_known_keep_no_line_and_are_never_counted_as_nothing() {
        assertThat(linesOf("Hal Unknown")).isEmpty();
        assertThat(cohort()).filteredOn(a -> !a.earnings().known()).extracting(FundingForecast.Apprentice::learnerName)
                .containsExactly("Hal Unknown");
    }

    @Test
    void an_apprenticeship_that_ended_long_ago_has_its_lines_in_its_own_years_only() {
        hasLines("Ian Before",
                year(2021, "0 0 0 0 0 400 400 400 400 400 400 400", "0"),
                year(2022, "400 400 400 400 400 400 400 400 400 400 400 0", "0"),
                year(2023, "1800 0 0 0 0 0 0 0 0 0 0 0", "0"));
    }

    @Test
    void a_line_is_listed_only_when_the_provider_has_an_amount_in_the_year() {
        ForecastLine employerOnly = new ForecastLine(new ApprenticeshipId(ACME), 2026, List.of(Money.ZERO,
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO),
                Money.pounds("500.00"));
        assertThat(employerOnly.listed()).isFalse();
        assertThat(linesOf("Ada Young")).allMatch(ForecastLine::listed);
    }
}
