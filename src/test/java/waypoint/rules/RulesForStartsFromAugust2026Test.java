package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import waypoint.shared.money.Money;

/**
 * The 2026 to 2027 funding rules, either side of the 31 July / 1 August 2026 boundary. Figures worked by hand: funding
 * band maximum £9,000 (illustrative); 1 Aug 2026 to 1 Aug 2027 is 365 days, to 31 Mar 2027 is 242.
 */
class RulesForStartsFromAugust2026Test {

    private static ApprenticeshipFacts facts(String start, String end, String weeklyHours, String published) {
        return Apprenticeships.withStandard(Apprenticeships.starting(start, end, weeklyHours),
                Apprenticeships.standardPublishing(published == null ? null : new BigDecimal(published)));
    }

    @ParameterizedTest(name = "{5}: start {0}, {2} h a week, published {3} → {4} h")
    @CsvSource(delimiter = '|', textBlock = """
            2026-07-31 | 2027-07-31 | 37.5 | 326 | 326 | the last 2025-26 start: the published figure
            2026-08-01 | 2027-08-01 | 37.5 | 326 | 326 | the first 2026-27 start: the published figure
            2026-08-01 | 2027-04-01 | 20   | 605 | 605 | not tied to the hours worked or the duration
            2026-08-01 | 2027-08-01 | 37.5 | 150 | 187 | never below 187 h
            """)
    void the_minimum_is_the_standard_versions_published_figure(String start, String end, String weeklyHours,
            String published, BigDecimal expected, String rule) {
        assertThat(FundingRules.evaluate(facts(start, end, weeklyHours, published)).minimumOtjHours())
                .hasValueSatisfying(hours -> assertThat(hours).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "a start on {0} cites {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-07-31 | the apprenticeship funding rules for starts from 1 August 2025, off-the-job training
            2026-08-01 | the apprenticeship funding rules 2026 to 2027, off-the-job training
            """)
    void each_side_of_the_boundary_cites_its_own_years_rules(String start, String citation) {
        RuleEvaluation evaluation = FundingRules.evaluate(facts(start, "2027-09-01", "37.5", "326"));

        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence)
                .startsWith("Minimum off-the-job hours: the published minimum for ST1379, 326 h")
                .contains("(source: " + citation));
    }

    @Test
    void a_standard_without_its_published_figure_has_an_unknown_minimum_never_zero() {
        RuleEvaluation evaluation = FundingRules.evaluate(facts("2026-08-01", "2027-08-01", "37.5", null));

        assertThat(evaluation.minimumOtjHours()).isEmpty();
        assertThat(evaluation.plannedOtjHours()).isEmpty();
        assertThat(evaluation.priorLearning()).isEmpty();
        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence)
                .startsWith("Minimum off-the-job hours: unknown: the standard's published minimum is not recorded"
                        + " for ST1379"));
    }

    @ParameterizedTest(name = "{6}: {0} h of prior learning")
    @CsvSource(delimiter = '|', textBlock = """
            100 | 30.7 | 226 | 112 | 2027-04-11 | 1381.50 | 100 of 326 h: 30.7%, half of it off the price
            300 | 92.0 | 187 | 123 | 2027-03-31 | 4140.00 | 300 of 326 h: never below 187 h or 242 days
            """)
    void prior_learning_reduces_hours_duration_and_price(BigDecimal rplHours, BigDecimal percentage,
            BigDecimal reducedMinimum, long shorterByDays, LocalDate reducedEnd, BigDecimal priceReduction,
            String rule) {
        ApprenticeshipFacts facts = facts("2026-08-01", "2027-08-01", "37.5", "326").withRplHours(rplHours)
                .withTrainingPrice(Money.pounds(9000));

        assertThat(FundingRules.evaluate(facts).priorLearning()).hasValueSatisfying(prior -> {
            assertThat(prior.percentage()).isEqualByComparingTo(percentage);
            assertThat(prior.reducedMinimumOtjHours()).isEqualByComparingTo(reducedMinimum);
            assertThat(prior.durationReductionDays()).isEqualTo(shorterByDays);
            assertThat(prior.reducedPlannedEndDate()).isEqualTo(reducedEnd);
            assertThat(prior.minimumPriceReductionPercentage()).isEqualByComparingTo(percentage.divide(
                    new BigDecimal("2")));
            assertThat(prior.minimumPriceReduction()).isEqualTo(Money.pounds(priceReduction));
            assertThat(prior.trainingPriceAfterReduction())
                    .contains(Money.pounds(9000).minus(Money.pounds(priceReduction)));
        });
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-08-01 | 2027-03-31 | 37.5 | 242 | true  | 8 months: 242 days meets it
            2026-08-01 | 2027-03-30 | 37.5 | 242 | false | 8 months: 241 days falls short
            2026-08-01 | 2027-07-30 | 20   | 363 | true  | part time at 20 h: 242 × 30 ÷ 20 = 363 days
            2026-07-31 | 2027-03-30 | 37.5 | 242 | true  | the last 2025-26 start: 8 months too
            """)
    void the_minimum_duration_is_eight_months(String start, String end, String weeklyHours, long minimumDays,
            boolean met, String rule) {
        RuleEvaluation evaluation = FundingRules.evaluate(facts(start, end, weeklyHours, "326"));

        assertThat(evaluation.minimumDurationDays()).isEqualTo(minimumDays);
        assertThat(evaluation.meetsMinimumDuration()).isEqualTo(met);
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            1990-05-05 | 2026-08-01 | WITHDRAWN    | false | EMPLOYER      | an adult withdrawn by the employer: not required
            1990-05-05 | 2026-08-01 | INCLUDE      | true  | EMPLOYER      | an adult whose employer includes it: required
            1990-05-05 | 2026-08-01 | NOT_RECORDED | false | EMPLOYER      | an adult with no decision: not required
            2008-08-02 | 2026-08-01 | WITHDRAWN    | true  | FUNDING_RULES | aged 17: required, a withdrawal or not
            1990-05-05 | 2025-09-01 | WITHDRAWN    | false | EMPLOYER      | an adult 2025-26 start: the employer decides anyway
            1990-05-05 | 2025-02-10 | WITHDRAWN    | true  | FUNDING_RULES | an adult who started before 11 Feb 2025: only a removal counts
            """)
    void an_adult_may_be_withdrawn_from_english_and_maths(LocalDate born, LocalDate start, EmployerDecision decision,
            boolean required, EnglishAndMaths.DecidedBy decidedBy, String rule) {
        ApprenticeshipFacts facts = ApprenticeshipFacts.of(start, start.plusMonths(15), new BigDecimal("37.5"), born,
                Apprenticeships.MENTOR_STANDARD).withEmployerDecisionOnEnglishAndMaths(decision);

        EnglishAndMaths englishAndMaths = FundingRules.evaluate(facts).englishAndMaths();

        assertThat(englishAndMaths.required()).isEqualTo(required);
        assertThat(englishAndMaths.decidedBy()).isEqualTo(decidedBy);
    }

    @Test
    void a_withdrawal_from_2026_cites_the_2026_to_2027_rules() {
        ApprenticeshipFacts facts = Apprenticeships.starting("2026-08-01", "2027-11-01", "37.5")
                .withEmployerDecisionOnEnglishAndMaths(EmployerDecision.WITHDRAWN);

        assertThat(FundingRules.evaluate(facts).explanationSentences()).contains("The employer withdrew the"
                + " apprentice from English and maths: not required (source: the apprenticeship funding rules 2026 to"
                + " 2027, English and maths: an apprentice aged 19 or over may be withdrawn from English and maths).");
    }

    @Test
    void the_evaluation_says_it_followed_the_2026_to_2027_rules() {
        RuleEvaluation evaluation = FundingRules.evaluate(facts("2026-08-01", "2027-08-01", "37.5", "326"));

        assertThat(evaluation.pack().name()).isEqualTo("Starts from 1 August 2026");
        assertThat(evaluation.explanationSentences().get(0)).startsWith(
                "A start on 1 August 2026 follows the rules for starts from 1 August 2026");
        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence)
                .contains("(source: the apprenticeship funding rules 2026 to 2027, minimum duration of 8 months)"));
    }
}
