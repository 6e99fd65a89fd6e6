package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import waypoint.shared.money.Money;

/** The one call the rest of Waypoint makes: everything the API answers, explained. */
class RuleEvaluationTest {

    @Test
    void one_evaluation_answers_every_field_of_the_api() {
        ApprenticeshipFacts facts = ApprenticeshipFacts.of(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 8, 1),
                new BigDecimal("37.5"), LocalDate.of(2006, 8, 2),
                Apprenticeships.MENTOR_STANDARD.withPublishedMinimumOtjHours(new BigDecimal("300")));

        RuleEvaluation evaluation = FundingRules.evaluate(facts);

        assertThat(evaluation.minimumOtjHours()).hasValueSatisfying(
                hours -> assertThat(hours).isEqualByComparingTo("300"));
        assertThat(evaluation.minimumDurationDays()).isEqualTo(242);
        assertThat(evaluation.meetsMinimumDuration()).isTrue();
        assertThat(evaluation.firstReviewDue()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(evaluation.englishAndMathsRequired()).isTrue();
        assertThat(evaluation.activeLearningIntervalDays()).isEqualTo(31);
        assertThat(evaluation.explanationSentences()).isNotEmpty();
    }

    @ParameterizedTest(name = "a start on {0}: every explanation is a sentence that ends with its source")
    @CsvSource({"2022-07-31", "2022-08-01", "2025-02-10", "2025-02-11", "2025-07-31", "2025-08-01"})
    void every_explanation_ends_with_its_source(LocalDate start) {
        ApprenticeshipFacts facts = Apprenticeships.withStandard(
                        Apprenticeships.starting(start, start.plusMonths(18), new BigDecimal("20")),
                        Apprenticeships.standardPublishing(new BigDecimal("350")))
                .withRplHours(new BigDecimal("50"))
                .withEhcPlan(true)
                .withTrainingPrice(Money.pounds(7000));

        RuleEvaluation evaluation = FundingRules.evaluate(facts, ProviderPolicy.seedHandbook());

        assertThat(evaluation.explanationSentences()).allSatisfy(sentence -> assertThat(sentence)
                .matches("[A-Z0-9].* \\(source: [^()]+\\)\\.")
                .doesNotContain("null", "Optional"));
        assertThat(evaluation.explanations()).extracting(Explanation::source).contains(
                Source.PACK_BY_START_DATE, Source.PRIOR_LEARNING, Source.PROVIDER_POLICY, Source.ACTIVE_LEARNING,
                Source.ENGLISH_AND_MATHS, Source.ENGLISH_AND_MATHS_ENTRY_REQUIREMENTS);
    }

    @Test
    void the_same_facts_always_give_the_same_answer() {
        ApprenticeshipFacts facts = Apprenticeships.starting("2024-02-01", "2025-05-01", "32");

        assertThat(FundingRules.evaluate(facts, ProviderPolicy.seedHandbook()))
                .isEqualTo(FundingRules.evaluate(facts, ProviderPolicy.seedHandbook()));
    }

    @Test
    void the_next_review_and_learning_activity_follow_from_the_evaluation() {
        RuleEvaluation evaluation = FundingRules.evaluate(
                Apprenticeships.starting("2025-08-01", "2026-08-01", "37.5"));

        assertThat(evaluation.nextReviewDue(LocalDate.of(2025, 11, 20)).value()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(evaluation.nextLearningActivityDue(LocalDate.of(2025, 10, 31))).isEqualTo(
                LocalDate.of(2025, 11, 30));
    }
}
