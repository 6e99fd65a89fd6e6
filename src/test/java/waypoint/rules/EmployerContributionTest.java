package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import waypoint.rules.PriceFacts.LevyStatus;
import waypoint.shared.money.Money;

/**
 * The employer's contribution, worked by hand: a training price of £9,000 and an end-point assessment price of £1,000
 * against a funding band maximum of £9,000, so £9,000 is funded and £1,000 is above the band. Either side of
 * 1 April 2025 and 31 July / 1 August 2026, and of the 22nd and 25th birthdays. A blank cell is unknown.
 */
class EmployerContributionTest {

    private static PriceBreakdown breakdown(LocalDate start, LocalDate born, LevyStatus levy, String band) {
        return EmployerContribution.of(new PriceFacts(start, born, Optional.ofNullable(levy),
                Optional.of(Money.pounds(9000)), Optional.of(Money.pounds(1000)),
                Optional.ofNullable(band).map(b -> Money.pounds(b))));
    }

    @ParameterizedTest(name = "{8}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-07-31 | 2004-08-01 | NON_LEVY | 9000 | 0  | 0.00    | 9000.00 |    | non-levy, aged 20 at a 2025-26 start: none
            2025-07-31 | 2003-08-01 | NON_LEVY | 9000 | 0  | 0.00    | 9000.00 |    | non-levy, the day before the 22nd birthday: none
            2025-07-31 | 2003-07-31 | NON_LEVY | 9000 | 5  | 450.00  | 8550.00 |    | non-levy, on the 22nd birthday at a 2025-26 start: 5%
            2026-07-31 | 2004-07-31 | NON_LEVY | 9000 | 5  | 450.00  | 8550.00 |    | non-levy, 22 on 31 July 2026: still the 2025-26 rule, 5%
            2026-08-01 | 2004-08-01 | NON_LEVY | 9000 | 0  | 0.00    | 9000.00 |    | non-levy, 22 on 1 August 2026: fully funded to 24
            2026-08-01 | 2001-08-02 | NON_LEVY | 9000 | 0  | 0.00    | 9000.00 |    | non-levy, the day before the 25th birthday: none
            2026-08-01 | 2001-08-01 | NON_LEVY | 9000 | 5  | 450.00  | 8550.00 |    | non-levy, on the 25th birthday: 5%
            2025-04-01 | 1990-05-05 | NON_LEVY | 9000 | 5  | 450.00  | 8550.00 |    | non-levy adult on 1 April 2025: 5%
            2026-07-31 | 1990-05-05 | LEVY     | 9000 | 0  | 0.00    | 9000.00 | 5  | levy payer, 2025-26 start: 5% once its funds run out
            2026-08-01 | 1990-05-05 | LEVY     | 9000 | 0  | 0.00    | 9000.00 | 25 | levy payer, 2026-27 start: 25% once its funds run out
            2025-03-31 | 1990-05-05 | NON_LEVY | 9000 |    |         |         |    | a start before 1 April 2025: unknown, not guessed
            2026-08-01 | 1990-05-05 |          | 9000 |    |         |         |    | no levy status recorded: unknown
            2026-08-01 | 1990-05-05 | NON_LEVY |      | 5  |         |         |    | no funding band maximum: the amounts are unknown
            """)
    void the_employers_share_follows_levy_status_age_and_the_start_dates_rules(LocalDate start, LocalDate born,
            LevyStatus levy, String band, BigDecimal rate, BigDecimal contribution, BigDecimal government,
            BigDecimal ifRunOut, String rule) {
        PriceBreakdown breakdown = breakdown(start, born, levy, band);

        assertThat(breakdown.contributionRate().map(BigDecimal::intValueExact))
                .isEqualTo(Optional.ofNullable(rate).map(BigDecimal::intValueExact));
        assertThat(breakdown.employerContribution().map(Money::toString))
                .isEqualTo(Optional.ofNullable(contribution).map(BigDecimal::toPlainString));
        assertThat(breakdown.governmentPays().map(Money::toString))
                .isEqualTo(Optional.ofNullable(government).map(BigDecimal::toPlainString));
        assertThat(breakdown.rateIfLevyFundsRunOut().map(BigDecimal::intValue))
                .isEqualTo(Optional.ofNullable(ifRunOut).map(BigDecimal::intValue));
    }

    @Test
    void the_part_above_the_funding_band_is_the_employers_in_full() {
        PriceBreakdown breakdown = breakdown(LocalDate.of(2026, 8, 1), LocalDate.of(1990, 5, 5),
                LevyStatus.NON_LEVY, "9000");

        assertThat(breakdown.totalPrice()).contains(Money.pounds(10000));
        assertThat(breakdown.fundedPrice()).contains(Money.pounds(9000));
        assertThat(breakdown.aboveBand()).contains(Money.pounds(1000));
        assertThat(breakdown.employerPays()).contains(Money.pounds("1450.00"));
        assertThat(breakdown.explanations()).containsExactly(
                "Price £10,000.00 (training and end-point assessment); the funding band maximum is £9,000.00, so"
                        + " £9,000.00 is funded and the employer pays the £1,000.00 above it (source: the"
                        + " apprenticeship funding rules, funding band maximum: the government funds the price up to"
                        + " the standard's maximum and the employer pays any part above it).",
                "Employer's contribution: a non-levy employer, the apprentice aged 36 on 1 August 2026, the start: 5%"
                        + " of the funded price (source: the apprenticeship funding rules 2026 to 2027, co-investment:"
                        + " training of 16 to 24 year olds at non-levy employers fully funded, 5% otherwise; a levy"
                        + " payer whose levy funds run out pays 25%).",
                "5% of £9,000.00 = £450.00 from the employer; £8,550.00 from the government (source: the"
                        + " apprenticeship funding rules 2026 to 2027, co-investment: training of 16 to 24 year olds at"
                        + " non-levy employers fully funded, 5% otherwise; a levy payer whose levy funds run out pays"
                        + " 25%).");
    }

    @Test
    void without_an_agreed_price_nobodys_share_is_worked_out_and_none_reads_as_nought() {
        PriceBreakdown breakdown = EmployerContribution.of(new PriceFacts(LocalDate.of(2026, 8, 1),
                LocalDate.of(1990, 5, 5), Optional.of(LevyStatus.NON_LEVY), Optional.empty(), Optional.empty(),
                Optional.of(Money.pounds(9000))));

        assertThat(breakdown.totalPrice()).isEmpty();
        assertThat(breakdown.employerContribution()).isEmpty();
        assertThat(breakdown.employerPays()).isEmpty();
    }
}
