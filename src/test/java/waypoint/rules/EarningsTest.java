package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import waypoint.shared.money.Money;

/**
 * The provider's earnings, worked by hand. A price of £10,000 (training £9,000, assessment £1,000) on a band maximum of
 * £9,000: £9,000 funded, 80% = £7,200 on programme, 20% = £1,800 on completion. Full time: 1 September 2026 to
 * 31 August 2027, 12 month ends, £600 a month. Part time (the duration extended pro rata): to 29 February 2028, 18
 * month ends, £400 a month. Each through a break, a price change, a withdrawal and a completion; "today" is
 * 1 December 2028, after every month end.
 */
class EarningsTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate FULL_TIME_END = LocalDate.of(2027, 8, 31);
    static final LocalDate PART_TIME_END = LocalDate.of(2028, 2, 29);
    static final LocalDate TODAY = LocalDate.of(2028, 12, 1);
    static final EarningsFacts.Price PRICE = new EarningsFacts.Price(START, Money.pounds(9000),
            Money.pounds(1000));

    static LocalDate d(String date) {
        return date == null || date.isBlank() ? null : LocalDate.parse(date);
    }

    /**
     * One row: the planned end (already moved by a finished break), a break, a price change to £8,000 in all (£6,400
     * on programme), a withdrawal or completion date; then the number of month-end instalments, the usual and the last
     * instalment, a balance paid on completion, the completion share and the total earned.
     */
    @ParameterizedTest(name = "{11}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            2027-08-31 |            |            |            |            |            | 12 | 600.00 | 600.00 |         | 1800.00 | full time, straight through, then completed on the planned end
            2027-10-31 | 2027-01-15 | 2027-03-17 |            |            |            | 12 | 600.00 | 600.00 |         | 1800.00 | full time, a 61-day break: January and February earn nothing, the end moves to 31 October
            2027-08-31 |            |            | 2027-03-01 |            |            | 12 | 600.00 | 466.65 |         | 1600.00 | full time, the price falls to £8,000 on 1 March: £2,800 left over 6 months
            2027-08-31 |            |            |            | 2027-01-10 |            |  4 | 600.00 | 600.00 |         |         | full time, withdrawn on 10 January: September to December, no completion share
            2027-08-31 |            |            |            |            | 2027-07-15 | 10 | 600.00 | 600.00 | 1200.00 | 1800.00 | full time, completed on 15 July: the July and August instalments paid as a balance
            2028-02-29 |            |            |            |            |            | 18 | 400.00 | 400.00 |         | 1800.00 | part time, straight through, then completed on the planned end
            2028-04-30 | 2026-11-15 | 2027-01-15 |            |            |            | 18 | 400.00 | 400.00 |         | 1800.00 | part time, a 61-day break: November and December earn nothing, the end moves to 30 April
            2028-02-29 |            |            | 2027-03-01 |            |            | 18 | 400.00 | 333.37 |         | 1600.00 | part time, the price falls to £8,000 on 1 March: £4,000 left over 12 months
            2028-02-29 |            |            |            | 2027-01-10 |            |  4 | 400.00 | 400.00 |         |         | part time, withdrawn on 10 January: September to December
            2028-02-29 |            |            |            |            | 2027-11-30 | 15 | 400.00 | 400.00 | 1200.00 | 1800.00 | part time, completed on 30 November 2027: three instalments paid as a balance
            """)
    void earnings_through_a_break_a_price_change_a_withdrawal_and_a_completion(String plannedEnd, String breakFrom,
            String returned, String priceChange, String withdrawn, String completed, int instalments,
            String usual, String last, String balance, String completion, String name) {
        List<EarningsFacts.Price> prices = priceChange == null ? List.of(PRICE) : List.of(PRICE,
                new EarningsFacts.Price(d(priceChange), Money.pounds(7000), Money.pounds(1000)));
        List<EarningsFacts.Break> breaks = breakFrom == null ? List.of()
                : List.of(new EarningsFacts.Break(d(breakFrom), Optional.of(d(returned))));
        boolean finished = withdrawn == null && completed == null;
        Earnings earnings = Earnings.of(new EarningsFacts(START, d(plannedEnd), prices,
                Optional.of(Money.pounds(9000)), breaks, Optional.ofNullable(d(withdrawn)),
                Optional.ofNullable(finished ? d(plannedEnd) : d(completed)), Optional.empty()), TODAY);

        List<Earnings.Instalment> monthly = earnings.instalments().stream()
                .filter(i -> i.kind() == Earnings.Kind.ON_PROGRAMME).toList();
        assertThat(earnings.known()).isTrue();
        assertThat(monthly).hasSize(instalments);
        assertThat(monthly.get(0).amount().pounds()).isEqualByComparingTo(usual);
        assertThat(monthly.get(monthly.size() - 1).amount().pounds()).isEqualByComparingTo(last);
        assertThat(monthly).allMatch(i -> i.on().equals(YearMonth.from(i.on()).atEndOfMonth()));
        if (breakFrom != null) {
            assertThat(monthly).noneMatch(i -> !i.on().isBefore(d(breakFrom)) && i.on().isBefore(d(returned)));
        }
        assertThat(amount(earnings, Earnings.Kind.BALANCING)).isEqualByComparingTo(balance == null ? "0" : balance);
        assertThat(amount(earnings, Earnings.Kind.COMPLETION))
                .isEqualByComparingTo(completion == null ? "0" : completion);
        BigDecimal onProgramme = priceChange == null ? new BigDecimal("7200") : new BigDecimal("6400");
        if (withdrawn == null) {
            // nothing lost to rounding: the on-programme share adds up to the penny
            assertThat(monthly.stream().map(i -> i.amount().pounds()).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(amount(earnings, Earnings.Kind.BALANCING))).isEqualByComparingTo(onProgramme);
        }
        assertThat(earnings.earned()).isEqualTo(earnings.total());
    }

    private static BigDecimal amount(Earnings earnings, Earnings.Kind kind) {
        return earnings.instalments().stream().filter(i -> i.kind() == kind).map(i -> i.amount().pounds())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void a_price_change_spreads_what_remains_over_the_months_that_remain() {
        // part time: 6 × £400 = £2,400 earned to February; £6,400 − £2,400 = £4,000 over the 12 month ends from
        // March 2027 to February 2028: £333.33 eleven times and £333.37 last
        Earnings earnings = Earnings.of(new EarningsFacts(START, PART_TIME_END, List.of(PRICE,
                new EarningsFacts.Price(LocalDate.of(2027, 3, 1), Money.pounds(7000), Money.pounds(1000))),
                Optional.of(Money.pounds(9000)), List.of(), Optional.empty(), Optional.empty(), Optional.empty()),
                TODAY);
        List<Earnings.Instalment> monthly = earnings.instalments().stream()
                .filter(i -> i.kind() == Earnings.Kind.ON_PROGRAMME).toList();
        assertThat(monthly.get(5).amount().pounds()).isEqualByComparingTo("400.00");
        assertThat(monthly.get(6).amount().pounds()).isEqualByComparingTo("333.33");
        assertThat(monthly.get(17).amount().pounds()).isEqualByComparingTo("333.37");
        assertThat(earnings.explanations()).anyMatch(e -> e.contains("The price changed on 1 March 2027"));
    }

    @Test
    void a_break_that_goes_on_pauses_the_earnings_and_forecasts_no_completion_yet() {
        Earnings earnings = Earnings.of(new EarningsFacts(START, FULL_TIME_END, List.of(PRICE),
                Optional.of(Money.pounds(9000)), List.of(new EarningsFacts.Break(LocalDate.of(2027, 1, 15),
                        Optional.empty())), Optional.empty(), Optional.empty(), Optional.of(3)),
                LocalDate.of(2027, 2, 10));
        assertThat(earnings.instalments()).hasSize(4).allMatch(i -> i.kind() == Earnings.Kind.ON_PROGRAMME);
        assertThat(earnings.earned().pounds()).isEqualByComparingTo("2400.00");
        assertThat(earnings.explanations()).anyMatch(e -> e.contains("paused until the return is recorded"));
    }

    @Test
    void in_learning_the_months_to_come_and_the_completion_share_are_forecast() {
        Earnings earnings = Earnings.of(new EarningsFacts(START, FULL_TIME_END, List.of(PRICE),
                Optional.of(Money.pounds(9000)), List.of(), Optional.empty(), Optional.empty(), Optional.of(3)),
                LocalDate.of(2026, 12, 15));
        assertThat(earnings.earned().pounds()).isEqualByComparingTo("1800.00"); // September to November
        assertThat(earnings.total().pounds()).isEqualByComparingTo("9000.00");
        Earnings.Instalment completion = earnings.instalments().get(earnings.instalments().size() - 1);
        assertThat(completion.kind()).isEqualTo(Earnings.Kind.COMPLETION);
        assertThat(completion.on()).isEqualTo(LocalDate.of(2027, 11, 30)); // the planned end plus 3 months
        assertThat(completion.state()).isEqualTo(Earnings.State.FORECAST);
    }

    @Test
    void a_withdrawal_within_the_first_42_days_earns_nothing() {
        Earnings earnings = Earnings.of(new EarningsFacts(START, FULL_TIME_END, List.of(PRICE),
                Optional.of(Money.pounds(9000)), List.of(), Optional.of(LocalDate.of(2026, 10, 11)),
                Optional.empty(), Optional.empty()), TODAY);
        assertThat(earnings.instalments()).isEmpty();
        assertThat(earnings.known()).isTrue();
    }

    @Test
    void without_a_price_or_a_band_maximum_the_earnings_are_unknown_never_zero() {
        Earnings noPrice = Earnings.of(new EarningsFacts(START, FULL_TIME_END, List.of(),
                Optional.of(Money.pounds(9000)), List.of(), Optional.empty(), Optional.empty(), Optional.empty()),
                TODAY);
        Earnings noBand = Earnings.of(new EarningsFacts(START, FULL_TIME_END, List.of(PRICE), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty()), TODAY);
        assertThat(noPrice.known()).isFalse();
        assertThat(noPrice.warnings()).anyMatch(w -> w.contains("No price is agreed"));
        assertThat(noBand.known()).isFalse();
        assertThat(noBand.warnings()).anyMatch(w -> w.contains("funding band maximum is not recorded"));
    }
}
