package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import waypoint.rules.EnglishAndMaths.DecidedBy;
import waypoint.rules.EnglishAndMaths.Level;

class EnglishAndMathsTest {

    private static EnglishAndMaths decide(LocalDate dateOfBirth, LocalDate start, boolean ehcPlan,
            EmployerDecision decision) {
        ApprenticeshipFacts facts = ApprenticeshipFacts.of(start, start.plusYears(1).plusMonths(3),
                        new BigDecimal("37.5"), dateOfBirth, Apprenticeships.MENTOR_STANDARD)
                .withEhcPlan(ehcPlan)
                .withEmployerDecisionOnEnglishAndMaths(decision);
        return FundingRules.evaluate(facts).englishAndMaths();
    }

    @ParameterizedTest(name = "{7}")
    @CsvSource(delimiter = '|', textBlock = """
            2006-08-02 | 2025-08-01 | false | NOT_RECORDED | true  | LEVEL_2       | FUNDING_RULES | aged 18 the day before the 19th birthday: required
            2006-08-01 | 2025-08-01 | false | NOT_RECORDED | false | LEVEL_2       | EMPLOYER      | 19 on the start date (birthday on the day): the employer decides, not required by default
            2006-08-01 | 2025-08-01 | false | INCLUDE      | true  | LEVEL_2       | EMPLOYER      | 19 at the start and the employer includes it: required
            2006-08-02 | 2025-08-01 | false | REMOVE       | true  | LEVEL_2       | FUNDING_RULES | aged 18: required whatever the employer records
            2003-08-01 | 2022-08-01 | false | NOT_RECORDED | true  | LEVEL_2       | FUNDING_RULES | 19 at a 2022 start: required unless removed
            2003-08-01 | 2022-08-01 | false | REMOVE       | false | LEVEL_2       | EMPLOYER      | 19 at a 2022 start, removed by the employer: not required
            1990-05-05 | 2025-02-10 | false | NOT_RECORDED | true  | LEVEL_2       | FUNDING_RULES | an adult starting 10 Feb 2025: still required
            1990-05-05 | 2025-02-10 | false | REMOVE       | false | LEVEL_2       | EMPLOYER      | an adult starting 10 Feb 2025 whose employer removed it
            1990-05-05 | 2025-02-11 | false | NOT_RECORDED | false | LEVEL_2       | EMPLOYER      | an adult starting 11 Feb 2025: the employer decides, not required by default
            1990-05-05 | 2025-02-11 | false | INCLUDE      | true  | LEVEL_2       | EMPLOYER      | an adult starting 11 Feb 2025 whose employer includes it
            2007-06-01 | 2025-02-11 | false | REMOVE       | true  | LEVEL_2       | FUNDING_RULES | aged 17 on 11 Feb 2025: still required
            2006-08-02 | 2025-08-01 | true  | NOT_RECORDED | true  | ENTRY_LEVEL_3 | FUNDING_RULES | aged 18 with an EHC plan: Entry Level 3
            1990-05-05 | 2025-02-11 | true  | INCLUDE      | true  | ENTRY_LEVEL_3 | EMPLOYER      | an adult with an EHC plan whose employer includes it: Entry Level 3
            2003-08-01 | 2021-09-01 | false | NOT_RECORDED | true  | LEVEL_2       | FUNDING_RULES | 18 at a 2021 start: required
            2008-02-29 | 2027-02-28 | false | NOT_RECORDED | true  | LEVEL_2       | FUNDING_RULES | born on 29 Feb: still 18 on 28 Feb of a common year
            2008-02-29 | 2027-03-01 | false | NOT_RECORDED | false | LEVEL_2       | EMPLOYER      | born on 29 Feb: 19 on 1 Mar of a common year
            """)
    void english_and_maths_follow_age_at_the_start_and_the_start_date(LocalDate dateOfBirth, LocalDate start,
            boolean ehcPlan, EmployerDecision decision, boolean required, Level level, DecidedBy decidedBy,
            String rule) {
        assertThat(decide(dateOfBirth, start, ehcPlan, decision))
                .isEqualTo(new EnglishAndMaths(required, level, decidedBy));
    }

    @Test
    void for_a_restart_the_age_at_the_original_start_counts() {
        LocalDate dateOfBirth = LocalDate.of(2006, 3, 1);
        ApprenticeshipFacts restart = ApprenticeshipFacts.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1),
                new BigDecimal("37.5"), dateOfBirth, Apprenticeships.MENTOR_STANDARD);

        assertThat(FundingRules.evaluate(restart).englishAndMathsRequired()).isFalse();
        RuleEvaluation evaluation = FundingRules.evaluate(restart.withOriginalStartDate(LocalDate.of(2024, 9, 1)));
        assertThat(evaluation.englishAndMathsRequired()).isTrue();
        assertThat(evaluation.explanationSentences()).anySatisfy(sentence -> assertThat(sentence).startsWith(
                "English and maths: aged 18 on 1 September 2024, the original start (this is a restart)"));
    }

    @Test
    void british_sign_language_is_always_offered_as_the_alternative_to_english() {
        RuleEvaluation evaluation = FundingRules.evaluate(Apprenticeships.starting("2025-08-01", "2026-08-01",
                "37.5"));

        assertThat(evaluation.explanationSentences()).contains("British Sign Language qualifications are an"
                + " alternative to English qualifications for an apprentice whose primary language it is (source:"
                + " the apprenticeship funding rules, English and maths: education, health and care plans and British"
                + " Sign Language; the standard's entry requirements).");
    }

    @ParameterizedTest(name = "required {0}, {1}, decided by {2} → \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            true  | ENTRY_LEVEL_3 | FUNDING_RULES | Required: Entry Level 3
            true  | LEVEL_2       | EMPLOYER      | Required: Level 2 (the employer's choice)
            false | LEVEL_2       | EMPLOYER      | Not required: the employer's decision
            """)
    void the_requirement_reads_in_words(boolean required, Level level, DecidedBy decidedBy, String words) {
        assertThat(new EnglishAndMaths(required, level, decidedBy).inWords()).isEqualTo(words);
    }
}
