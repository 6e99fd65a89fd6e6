package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import waypoint.shared.money.Money;

/** Funding band maximum £9,000 throughout (illustrative). Expected figures worked out independently. */
class PriorLearningTest {

    @ParameterizedTest(name = "{10}: {4} h RPL → {5}%, minimum {6} h, {7} days shorter, at least {8}% = £{9} off")
    @CsvSource(delimiter = '|', textBlock = """
            2025-08-01 | 2026-08-01 | 37.5 | 400 | 0     | 0     | 400   | 0   | 0    | 0.00    | 2025-26, no prior learning
            2025-08-01 | 2026-08-01 | 37.5 | 400 | 120   | 30.0  | 280   | 110 | 15.0 | 1350.00 | 2025-26, 30%
            2025-08-01 | 2026-08-01 | 37.5 | 400 | 400   | 100.0 | 187   | 123 | 50.0 | 4500.00 | 2025-26, 100%: never below 187 h or 242 days
            2025-08-01 | 2026-08-01 | 37.5 | 400 | 500   | 100.0 | 187   | 123 | 50.0 | 4500.00 | 2025-26, more RPL hours than the minimum: capped at 100%
            2022-08-01 | 2024-08-01 | 37.5 |     | 0     | 0     | 559.3 | 0   | 0    | 0.00    | 2022-25, no prior learning
            2022-08-01 | 2024-08-01 | 37.5 |     | 167.6 | 30.0  | 391.7 | 219 | 15.0 | 1350.00 | 2022-25, 30% of a 2-year programme
            2022-08-01 | 2024-08-01 | 37.5 |     | 559.3 | 100.0 | 278   | 366 | 50.0 | 4500.00 | 2022-25, 100%: never below 278 h or 365 days
            2022-08-01 | 2023-08-01 | 37.5 |     | 83.8  | 30.0  | 278   | 0   | 15.0 | 1350.00 | 2022-25, 30% of a 12-month programme: nothing to shorten
            2021-08-01 | 2023-08-01 | 37.5 |     | 0     | 0     | 698.1 | 0   | 0    | 0.00    | before Aug 2022, no prior learning
            2021-08-01 | 2023-08-01 | 37.5 |     | 209.4 | 30.0  | 488.7 | 219 | 15.0 | 1350.00 | before Aug 2022, 30%
            2021-08-01 | 2023-08-01 | 37.5 |     | 698.1 | 100.0 | 349.1 | 365 | 50.0 | 4500.00 | before Aug 2022, 100%: never below 12 months of 20%
            """)
    void prior_learning_reduces_hours_duration_and_price_in_proportion(LocalDate start, LocalDate end,
            BigDecimal weeklyHours, BigDecimal published, BigDecimal rplHours, BigDecimal percentage,
            BigDecimal reducedMinimum, long durationReductionDays, BigDecimal priceReductionPercentage,
            BigDecimal priceReduction, String rule) {
        ApprenticeshipFacts facts = Apprenticeships.withStandard(Apprenticeships.starting(start, end, weeklyHours),
                Apprenticeships.standardPublishing(published)).withRplHours(rplHours);

        RuleEvaluation evaluation = FundingRules.evaluate(facts);

        assertThat(evaluation.priorLearning()).hasValueSatisfying(priorLearning -> {
            assertThat(priorLearning.percentage()).isEqualByComparingTo(percentage);
            assertThat(priorLearning.reducedMinimumOtjHours()).isEqualByComparingTo(reducedMinimum);
            assertThat(priorLearning.durationReductionDays()).isEqualTo(durationReductionDays);
            assertThat(priorLearning.reducedPlannedEndDate())
                    .isEqualTo(end.minusDays(durationReductionDays));
            assertThat(priorLearning.minimumPriceReductionPercentage())
                    .isEqualByComparingTo(priceReductionPercentage);
            assertThat(priorLearning.minimumPriceReduction().pounds()).isEqualByComparingTo(priceReduction);
        });
        assertThat(evaluation.minimumOtjHours()).hasValueSatisfying(
                hours -> assertThat(hours).isEqualByComparingTo(reducedMinimum));
    }

    @Test
    void the_price_reduction_comes_off_the_training_price_and_the_epa_price_is_unchanged() {
        ApprenticeshipFacts facts = Apprenticeships.withStandard(
                        Apprenticeships.starting("2025-08-01", "2026-08-01", "37.5"),
                        Apprenticeships.standardPublishing(new BigDecimal("400")))
                .withRplHours(new BigDecimal("120"))
                .withTrainingPrice(Money.pounds(8000));

        RuleEvaluation evaluation = FundingRules.evaluate(facts);

        assertThat(evaluation.priorLearning().orElseThrow().trainingPriceAfterReduction())
                .contains(Money.pounds("6650.00"));
        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence).startsWith(
                "Price: at least half of 30% = 15% of the funding band maximum £9,000.00 = £1,350.00 (rounded up to"
                        + " the penny) off the training price (TNP1); the end-point assessment price (TNP2) is"
                        + " unchanged"));
    }

    @Test
    void a_reduction_that_would_go_below_the_floor_says_so_and_cites_the_floor() {
        ApprenticeshipFacts facts = Apprenticeships.starting("2022-08-01", "2023-08-01", "37.5")
                .withRplHours(new BigDecimal("83.8"));

        assertThat(FundingRules.evaluate(facts).explanationSentences())
                .anySatisfy(sentence -> assertThat(sentence).startsWith(
                        "Minimum off-the-job hours after prior learning: 279.3 h − 83.8 h = 195.5 h, but not below"
                                + " 278 h, so 278 h"))
                .anySatisfy(sentence -> assertThat(sentence).contains("PHours_06"))
                .anySatisfy(sentence -> assertThat(sentence).startsWith(
                        "Practical period after prior learning: 30% of 365 days = 110 days shorter pro rata, but"
                                + " never below the minimum of 365 days, so 0 days shorter"));
    }

    @Test
    void with_the_published_minimum_unknown_prior_learning_cannot_be_worked_out() {
        ApprenticeshipFacts facts = Apprenticeships.starting("2025-08-01", "2026-08-01", "37.5")
                .withRplHours(new BigDecimal("100"));

        RuleEvaluation evaluation = FundingRules.evaluate(facts);

        assertThat(evaluation.priorLearning()).isEmpty();
        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence).startsWith(
                "Prior learning: cannot be worked out until the standard's published minimum off-the-job hours are"
                        + " recorded"));
    }
}
