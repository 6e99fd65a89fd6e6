package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected hours worked out independently: hours a week × (days ÷ 7 − 5.6 × days ÷ 365), rounded half up to 1 decimal
 * place. A blank published minimum means the standard has none recorded.
 */
class MinimumOffTheJobHoursTest {

    @ParameterizedTest(name = "{5}: start {0}, end {1}, {2} h a week, published {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-07-31 | 2023-07-31 | 37.5 |     | 349.1 | before Aug 2022, 20% of all contracted hours, no 30 h cap
            2022-07-31 | 2023-07-31 | 20   |     | 186.2 | before Aug 2022, part time, no floor
            2022-08-01 | 2023-08-01 | 37.5 |     | 279.3 | from Aug 2022, full time capped at 6 h a week
            2022-08-01 | 2023-08-01 | 30   |     | 279.3 | from Aug 2022, exactly 30 h is full time
            2022-08-01 | 2023-10-31 | 37.5 |     | 348.9 | the issue's example, 456 days
            2022-08-01 | 2024-01-31 | 20   |     | 279.5 | part time over the extended 548 days
            2022-08-01 | 2023-08-01 | 20   |     | 278   | part time over 12 months, raised to the ILR's 278
            2025-07-31 | 2026-07-31 | 37.5 |     | 279.3 | the last start of the 2022-2025 rules
            2025-08-01 | 2026-08-01 | 37.5 | 400 | 400   | from Aug 2025, the published minimum
            2025-08-01 | 2026-04-01 | 20   | 400 | 400   | from Aug 2025, not tied to hours or duration
            2025-08-01 | 2026-08-01 | 37.5 | 150 | 187   | from Aug 2025, never below 187
            2025-07-31 | 2026-07-31 | 37.5 | 400 | 279.3 | a published figure does not apply to a July 2025 start
            2024-02-01 | 2025-02-01 | 30   |     | 280.0 | 29 Feb 2024 inside the period counts as a day (366 days)
            2023-03-01 | 2024-02-29 | 30   |     | 279.3 | ending on 29 Feb 2024 (365 days)
            """)
    void the_minimum_follows_the_pack_of_the_start_date(LocalDate start, LocalDate end, BigDecimal weeklyHours,
            BigDecimal published, BigDecimal expected, String rule) {
        ApprenticeshipFacts facts = Apprenticeships.withStandard(
                Apprenticeships.starting(start, end, weeklyHours), Apprenticeships.standardPublishing(published));

        assertThat(FundingRules.evaluate(facts).minimumOtjHours()).hasValueSatisfying(
                hours -> assertThat(hours).isEqualByComparingTo(expected));
    }

    @Test
    void twelve_months_full_time_from_august_2022_is_at_least_the_ilr_floor_of_278() {
        RuleEvaluation evaluation = FundingRules.evaluate(
                Apprenticeships.starting("2022-08-01", "2023-08-01", "37.5"));

        assertThat(evaluation.minimumOtjHours()).hasValueSatisfying(hours -> assertThat(hours)
                .isEqualByComparingTo("279.3")
                .isGreaterThanOrEqualTo(new BigDecimal("278")));
    }

    @Test
    void the_sum_is_explained_in_words_with_its_source() {
        RuleEvaluation evaluation = FundingRules.evaluate(
                Apprenticeships.starting("2022-08-01", "2023-10-31", "37.5"));

        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence)
                .contains("6 h a week × (65.1 weeks − 7.0 weeks statutory leave) = 348.9 h over 456 days")
                .endsWith("(source: the apprenticeship funding rules for starts from 1 August 2022 to 31 July 2025, off-the-job training)."));
    }

    @Test
    void a_full_time_contract_over_30_hours_still_needs_only_6_hours_a_week_from_august_2022() {
        RuleEvaluation evaluation = FundingRules.evaluate(
                Apprenticeships.starting("2023-01-09", "2024-01-09", "45"));

        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence)
                .contains("full time (45 h a week, 30 h or more), so 6 h a week (20% of 30 h)"));
    }

    @Test
    void an_unknown_published_minimum_is_reported_as_unknown_never_guessed() {
        RuleEvaluation evaluation = FundingRules.evaluate(
                Apprenticeships.starting("2025-08-01", "2026-08-01", "37.5"));

        assertThat(evaluation.minimumOtjHours()).isEmpty();
        assertThat(evaluation.plannedOtjHours()).isEmpty();
        assertThat(evaluation.priorLearning()).isEmpty();
        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence)
                .startsWith("Minimum off-the-job hours: unknown: the standard's published minimum is not recorded"
                        + " for ST1379"));
    }

    @Test
    void a_minimum_raised_to_the_ilr_floor_says_why() {
        RuleEvaluation evaluation = FundingRules.evaluate(
                Apprenticeships.starting("2022-08-01", "2023-08-01", "20"));

        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence)
                .startsWith("186.2 h is below the 278 h the ILR accepts for these starts, so the minimum is 278 h")
                .contains("PHours_06"));
    }
}
