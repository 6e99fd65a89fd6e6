package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinimumDurationTest {

    @ParameterizedTest(name = "{5}: start {0}, planned end {1}, {2} h a week → at least {3} days, met: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-07-31 | 2023-07-31 | 20   | 365 | true  | before Aug 2022, no part-time extension
            2022-07-31 | 2023-07-30 | 37.5 | 365 | false | before Aug 2022, one day short
            2022-08-01 | 2023-08-01 | 37.5 | 365 | true  | from Aug 2022, 12 months full time
            2022-08-01 | 2023-07-31 | 37.5 | 365 | false | from Aug 2022, one day short
            2022-08-01 | 2023-08-01 | 20   | 548 | false | part time at 20 h, 12 months is not enough
            2022-08-01 | 2024-01-31 | 20   | 548 | true  | part time at 20 h, 365 × 30 ÷ 20 = 547.5 rounded up
            2022-08-01 | 2024-01-30 | 20   | 548 | false | part time at 20 h, one day short
            2022-08-01 | 2023-08-03 | 29.9 | 367 | true  | just under 30 h is part time, 366.2 rounded up
            2025-07-31 | 2026-07-31 | 30   | 365 | true  | the last start of the 12-month rule
            2025-07-31 | 2026-03-31 | 37.5 | 365 | false | 8 months is not enough for a July 2025 start
            2025-08-01 | 2026-03-31 | 37.5 | 242 | true  | from Aug 2025, 8 months = 242 days
            2025-08-01 | 2026-03-30 | 37.5 | 242 | false | from Aug 2025, one day short
            2025-08-01 | 2026-07-30 | 20   | 363 | true  | from Aug 2025 part time, 242 × 30 ÷ 20
            2023-03-01 | 2024-02-29 | 30   | 365 | true  | 29 Feb inside the period: 365 days to 29 Feb
            2023-03-01 | 2024-02-28 | 30   | 365 | false | 29 Feb inside the period: 28 Feb is one day short
            """)
    void the_planned_dates_meet_the_minimum_or_not(LocalDate start, LocalDate end, BigDecimal weeklyHours,
            long minimumDays, boolean met, String rule) {
        RuleEvaluation evaluation = FundingRules.evaluate(Apprenticeships.starting(start, end, weeklyHours));

        assertThat(evaluation.minimumDurationDays()).isEqualTo(minimumDays);
        assertThat(evaluation.meetsMinimumDuration()).isEqualTo(met);
    }

    @Test
    void a_short_plan_says_how_far_to_move_the_planned_end() {
        RuleEvaluation evaluation = FundingRules.evaluate(
                Apprenticeships.starting("2022-08-01", "2023-08-01", "20"));

        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence).startsWith(
                "Part time (20 h a week, under 30 h): extended pro rata, 365 days × 30 h ÷ 20 h = 547.5 days,"
                        + " rounded up to 548 days"));
        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence).startsWith(
                "Planned practical period 1 August 2022 to 1 August 2023 = 365 days (end − start, leap days counted):"
                        + " is 183 days short of the minimum of 548 days; move the planned end to 31 January 2024"
                        + " or later"));
    }

    @Test
    void the_2025_part_time_extension_says_it_applies_the_same_factor() {
        RuleEvaluation evaluation = FundingRules.evaluate(
                Apprenticeships.starting("2025-08-01", "2026-07-30", "20"));

        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence)
                .contains("242 days × 30 h ÷ 20 h = 363 days, rounded up to 363 days")
                .contains("the same factor, 30 ÷ weekly hours, is applied to the 8-month minimum"));
    }
}
