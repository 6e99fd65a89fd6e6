package waypoint.reporting.internal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.reporting.internal.evidence.RiskFinding.Verdict;
import waypoint.shared.money.Money;

/** The funding rules' known risks, each at its edges (docs/domain/audit-and-inspection.md, "Known risks"). */
class FundingRiskRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);

    private static RiskFacts facts(LocalDate withdrawn, LocalDate lastLearning, List<LocalDate> breaksStarted,
            List<LocalDate> replans, List<RiskFacts.Period> breaks, BigDecimal planned, BigDecimal minimum,
            boolean rpl, BigDecimal rplPercent, Money minReduction, Money band, Money price,
            List<LocalDate> reviews, LocalDate until) {
        return new RiskFacts(new ApprenticeshipId(UUID.randomUUID()), START, withdrawn, lastLearning, breaksStarted,
                replans, breaks, planned, minimum, rpl, rplPercent, minReduction, band, price, reviews, until);
    }

    private static BigDecimal n(String number) {
        return number == null || number.isBlank() ? null : new BigDecimal(number);
    }

    private static LocalDate d(String date) {
        return date == null || date.isBlank() ? null : LocalDate.parse(date);
    }

    @ParameterizedTest(name = "withdrawn {0}, last learning {1}, break {2}, replan {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "-,          2026-01-01, -,          -,          CLEAR",
            "2026-01-29, 2026-01-01, -,          -,          CLEAR",   // 28 days: four weeks exactly
            "2026-01-30, 2026-01-01, -,          -,          FLAGGED", // 29 days
            "2026-01-30, 2026-01-01, 2026-01-10, -,          CLEAR",   // a break in between
            "2026-01-30, 2026-01-01, -,          2026-01-30, CLEAR",   // a replan on the day of withdrawal
            "2026-01-30, 2026-01-01, 2026-01-01, -,          FLAGGED", // a break on the last day counts not
            "2025-09-30, -,          -,          -,          FLAGGED", // no learning recorded: from the start
            "2025-09-29, -,          -,          -,          CLEAR",
    })
    void a_withdrawal_more_than_four_weeks_after_the_last_active_learning_needs_a_replan_or_a_break(String withdrawn,
            String last, String breakStarted, String replan, Verdict expected) {
        RiskFacts f = facts(d(withdrawn), d(last), breakStarted == null ? List.of() : List.of(d(breakStarted)),
                replan == null ? List.of() : List.of(d(replan)), List.of(), null, null, false, null, null, null,
                null, List.of(), null);
        assertThat(FundingRiskRules.lateWithdrawal(f).verdict()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "planned {0}, minimum {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "-,     187,   UNKNOWN",
            "400,   -,     UNKNOWN",
            "-,     -,     UNKNOWN",
            "186.9, 187,   FLAGGED",
            "187,   187,   CLEAR",
            "400,   187,   CLEAR",
    })
    void planned_hours_below_the_minimum_are_flagged_and_an_unknown_minimum_never_passes(String planned,
            String minimum, Verdict expected) {
        RiskFacts f = facts(null, null, List.of(), List.of(), List.of(), n(planned), n(minimum), false, null, null,
                null, null, List.of(), null);
        assertThat(FundingRiskRules.otjBelowMinimum(f).verdict()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "prior learning {0} {1}%, least reduction {2}, band {3}, price {4}: {5}")
    @CsvSource(nullValues = "-", value = {
            "false, -,  -,    15000, 15000, CLEAR",
            "true,  0,  0,    15000, 15000, CLEAR",
            "true,  20, 1500, 15000, 13500, CLEAR",   // exactly the band less a tenth (half of 20%)
            "true,  20, 1500, 15000, 13500.01, FLAGGED",
            "true,  20, 1500, 15000, 15000, FLAGGED", // not reduced at all
            "true,  -,  -,    15000, 15000, UNKNOWN", // decided but the rules could not work it out
            "true,  20, 1500, -,     13000, UNKNOWN",
            "true,  20, 1500, 15000, -,     UNKNOWN",
    })
    void a_price_not_reduced_by_at_least_half_the_prior_learning_percentage_is_flagged(boolean rpl, String percent,
            String reduction, String band, String price, Verdict expected) {
        RiskFacts f = facts(null, null, List.of(), List.of(), List.of(), null, null, rpl, n(percent),
                Money.of(n(reduction)), Money.of(n(band)), Money.of(n(price)), List.of(), null);
        assertThat(FundingRiskRules.priceNotReduced(f).verdict()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "reviews {0}, until {1}, break {2} to {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "2025-11-24,            2026-02-16, -,          -,          CLEAR",   // 84 and 84 days
            "2025-11-25,            2026-02-16, -,          -,          FLAGGED", // 85 days from the start
            "2025-11-24;2026-02-17, 2026-02-17, -,          -,          FLAGGED", // 85 days between reviews
            "2025-11-24,            2026-03-01, -,          -,          FLAGGED", // none since, still learning
            "2025-11-24,            2026-03-01, 2026-01-01, 2026-01-20, CLEAR",   // a 19-day break pauses it
            "2025-11-24,            2026-03-01, 2026-01-01, -,          CLEAR",   // still on the break
            "-,                     2025-11-24, -,          -,          CLEAR",
            "-,                     2025-11-25, -,          -,          FLAGGED",
            "2025-11-24;2026-04-01, -,          -,          -,          FLAGGED", // ended: the gap between reviews
    })
    void reviews_more_than_twelve_weeks_apart_are_flagged_with_breaks_left_out(String reviews, String until,
            String breakFrom, String breakTo, Verdict expected) {
        List<LocalDate> held = reviews == null ? List.of()
                : java.util.Arrays.stream(reviews.split(";")).map(LocalDate::parse).toList();
        List<RiskFacts.Period> breaks = breakFrom == null ? List.of()
                : List.of(new RiskFacts.Period(d(breakFrom), d(breakTo)));
        RiskFacts f = facts(null, null, List.of(), List.of(), breaks, null, null, false, null, null, null, null,
                held, d(until));
        assertThat(FundingRiskRules.reviewsTooFarApart(f).verdict()).isEqualTo(expected);
    }
}
