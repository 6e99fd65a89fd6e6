package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The learner handbook plans 20% of contracted hours whatever the start date: both figures show, the higher is planned.
 */
class ProviderPolicyTest {

    @ParameterizedTest(name = "{7}: funding {4} h, provider {5} h → plan {6} h")
    @CsvSource(delimiter = '|', nullValues = "unknown", textBlock = """
            2022-07-31 | 2023-07-31 | 37.5 |         | 349.1   | 349.1 | 349.1   | before Aug 2022 the handbook's 20% is the funding rule itself
            2022-08-01 | 2023-08-01 | 37.5 |         | 279.3   | 349.1 | 349.1   | from Aug 2022 full time: the handbook's 20% of 37.5 h is higher
            2022-08-01 | 2024-01-31 | 20   |         | 279.5   | 279.5 | 279.5   | part time under 30 h: the two agree
            2025-08-01 | 2026-08-01 | 37.5 | 400     | 400     | 349.1 | 400     | from Aug 2025: a published minimum above the handbook's figure
            2025-08-01 | 2026-08-01 | 37.5 | 187     | 187     | 349.1 | 349.1   | from Aug 2025: the handbook's figure above the published minimum
            2025-08-01 | 2026-08-01 | 37.5 |         | unknown | 349.1 | unknown | from Aug 2025 with no published minimum: no plan until it is recorded
            """)
    void the_plan_is_the_higher_of_the_funding_minimum_and_the_providers_figure(LocalDate start, LocalDate end,
            BigDecimal weeklyHours, BigDecimal published, BigDecimal funding, BigDecimal provider,
            BigDecimal planned, String rule) {
        ApprenticeshipFacts facts = Apprenticeships.withStandard(Apprenticeships.starting(start, end, weeklyHours),
                Apprenticeships.standardPublishing(published));

        RuleEvaluation evaluation = FundingRules.evaluate(facts, ProviderPolicy.seedHandbook());

        assertHours(evaluation.minimumOtjHours(), funding);
        assertHours(evaluation.providerPlannedOtjHours(), provider);
        assertHours(evaluation.plannedOtjHours(), planned);
    }

    private static void assertHours(Optional<BigDecimal> actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isEmpty();
        } else {
            assertThat(actual).hasValueSatisfying(hours -> assertThat(hours).isEqualByComparingTo(expected));
        }
    }

    @Test
    void without_a_provider_policy_the_plan_is_the_funding_minimum() {
        RuleEvaluation evaluation = FundingRules.evaluate(
                Apprenticeships.starting("2022-08-01", "2023-08-01", "37.5"), ProviderPolicy.fundingRulesOnly());

        assertThat(evaluation.providerPlannedOtjHours()).isEmpty();
        assertHours(evaluation.plannedOtjHours(), new BigDecimal("279.3"));
    }

    @Test
    void prior_learning_reduces_the_providers_figure_too_but_the_plan_never_goes_below_the_funding_minimum() {
        ApprenticeshipFacts facts = Apprenticeships.starting("2022-08-01", "2023-08-01", "37.5")
                .withRplHours(new BigDecimal("83.8"));

        RuleEvaluation evaluation = FundingRules.evaluate(facts, ProviderPolicy.seedHandbook());

        assertHours(evaluation.minimumOtjHours(), new BigDecimal("278"));
        assertHours(evaluation.providerPlannedOtjHours(), new BigDecimal("265.3"));
        assertHours(evaluation.plannedOtjHours(), new BigDecimal("278"));
        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence).startsWith(
                "Planned off-the-job hours: the higher of the funding minimum 278 h and the provider's 265.3 h = 278 h"));
    }

    @ParameterizedTest(name = "{0}% and every {1} weeks → {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            0     | 12 | otjPercentageOfContractedHours | The off-the-job percentage must be more than 0 and at most 100
            100.5 | 12 | otjPercentageOfContractedHours | The off-the-job percentage must be more than 0 and at most 100
            20    | 0  | reviewIntervalWeeks            | Weeks between progress reviews must be from 1 to 52
            20    | 53 | reviewIntervalWeeks            | Weeks between progress reviews must be from 1 to 52
            """)
    void a_provider_policy_outside_sensible_bounds_is_refused_naming_the_field(BigDecimal percent, int weeks,
            String field, String message) {
        assertThatThrownBy(() -> new ProviderPolicy(Optional.of(percent), Optional.of(weeks)))
                .isInstanceOfSatisfying(RuleInputException.class,
                        refused -> assertThat(refused.fieldErrors()).isEqualTo(Map.of(field, message)));
    }
}
