package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressReviewsTest {

    private static RuleEvaluation startingOn(LocalDate start, ProviderPolicy policy) {
        return FundingRules.evaluate(
                Apprenticeships.starting(start, start.plusYears(2), new BigDecimal("37.5")), policy);
    }

    @ParameterizedTest(name = "{2}: a start on {0} makes the first review due by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-07-31 | 2022-10-23 | 12 weeks from the start (the learner handbook)
            2022-08-01 | 2022-10-24 | 12 weeks from the start (funding rules 2022-23)
            2023-12-07 | 2024-02-29 | 12 weeks, landing on 29 Feb
            2025-07-31 | 2025-10-23 | 12 weeks for the last start before the 2025-26 rules
            2025-08-01 | 2025-11-30 | end of the third calendar month after the start
            2025-08-31 | 2025-11-30 | end of the third calendar month, from the last day of a month
            2025-11-30 | 2026-02-28 | end of the third calendar month, a short February
            2027-11-01 | 2028-02-29 | end of the third calendar month, a leap February
            """)
    void the_first_review_is_due_by_the_funding_rules_of_the_start_date(LocalDate start, LocalDate due,
            String rule) {
        assertThat(startingOn(start, ProviderPolicy.fundingRulesOnly()).firstReviewDue()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{3}: after a review on {1}, a {0} start makes the next due by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-08-01 | 2022-10-20 | 2023-01-12 | 12 weeks after the previous review, not the due date
            2025-07-31 | 2026-03-02 | 2026-05-25 | 12 weeks for a July 2025 start, even in 2026
            2025-08-01 | 2025-08-01 | 2025-11-30 | the funding rules' example: 1 Aug 2025 → 30 Nov 2025
            2025-08-01 | 2025-11-30 | 2026-02-28 | end of the third calendar month after the last review
            2025-08-01 | 2025-11-12 | 2026-02-28 | any day of November leads to the end of February
            """)
    void each_next_review_is_due_after_the_previous_review(LocalDate start, LocalDate previous, LocalDate due,
            String rule) {
        assertThat(startingOn(start, ProviderPolicy.fundingRulesOnly()).nextReviewDue(previous).value())
                .isEqualTo(due);
    }

    @ParameterizedTest(name = "{4}: start {0}, provider every {1} weeks → first due {2}, next after {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-08-01 | 12 | 2025-10-24 | 2026-01-09 | the handbook's 12 weeks is stricter than 3 calendar months
            2022-08-01 | 8  | 2022-09-26 | 2022-12-12 | a provider may review more often than every 12 weeks
            2022-08-01 | 20 | 2022-10-24 | 2023-01-09 | a looser provider cadence never delays a review
            2025-08-01 | 26 | 2025-11-30 | 2026-01-31 | nor after 1 Aug 2025
            """)
    void a_provider_may_choose_a_stricter_cadence_never_a_looser_one(LocalDate start, int providerWeeks,
            LocalDate firstDue, LocalDate nextDueAfterAReviewOn17October, String rule) {
        ProviderPolicy policy = new ProviderPolicy(Optional.empty(), Optional.of(providerWeeks));
        RuleEvaluation evaluation = startingOn(start, policy);

        assertThat(evaluation.firstReviewDue()).isEqualTo(firstDue);
        assertThat(evaluation.nextReviewDue(LocalDate.of(start.getYear(), 10, 17)).value())
                .isEqualTo(nextDueAfterAReviewOn17October);
    }

    @Test
    void the_stricter_provider_date_is_explained_next_to_the_funding_rules_date() {
        RuleEvaluation evaluation = startingOn(LocalDate.of(2025, 8, 1), ProviderPolicy.seedHandbook());

        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence).startsWith(
                "First progress review due by the end of the third calendar month after the start on 1 August 2025:"
                        + " by 30 November 2025"));
        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence).startsWith(
                "Planned to the provider's stricter date, 24 October 2025 (source: your planning policy"));
    }
}
