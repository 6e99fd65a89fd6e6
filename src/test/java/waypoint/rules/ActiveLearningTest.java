package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActiveLearningTest {

    @ParameterizedTest(name = "a start on {0}: some learning recorded {1} (at most {2} days apart)")
    @CsvSource(delimiter = '|', textBlock = """
            2022-07-31 | FOUR_WEEKS     | 28
            2022-08-01 | FOUR_WEEKS     | 28
            2023-07-31 | FOUR_WEEKS     | 28
            2023-08-01 | CALENDAR_MONTH | 31
            2025-07-31 | CALENDAR_MONTH | 31
            2025-08-01 | CALENDAR_MONTH | 31
            """)
    void active_learning_is_every_4_weeks_for_2022_23_starts_and_every_calendar_month_from_2023_24(
            LocalDate start, ActiveLearningInterval interval, int days) {
        RuleEvaluation evaluation = FundingRules.evaluate(
                Apprenticeships.starting(start, start.plusYears(2), new BigDecimal("37.5")));

        assertThat(evaluation.activeLearning()).isEqualTo(interval);
        assertThat(evaluation.activeLearningIntervalDays()).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0}: after learning on {1}, the next is due by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            FOUR_WEEKS     | 2024-02-10 | 2024-03-09
            FOUR_WEEKS     | 2024-02-01 | 2024-02-29
            CALENDAR_MONTH | 2024-01-31 | 2024-02-29
            CALENDAR_MONTH | 2025-01-31 | 2025-02-28
            CALENDAR_MONTH | 2025-03-15 | 2025-04-15
            """)
    void the_next_learning_activity_is_due_within_the_interval(ActiveLearningInterval interval,
            LocalDate lastActivity, LocalDate due) {
        assertThat(interval.nextActivityDue(lastActivity)).isEqualTo(due);
    }
}
