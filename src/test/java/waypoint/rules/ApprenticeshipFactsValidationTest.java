package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import waypoint.shared.money.Money;

/** Bad input never reaches the rules: each fact that cannot be right is refused with a message for its field. */
class ApprenticeshipFactsValidationTest {

    @ParameterizedTest(name = "{6}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            none       | 2026-08-01 | 37.5  | 1990-05-05 | startDate      | Enter the start date                               | no start date
            2025-08-01 | none       | 37.5  | 1990-05-05 | plannedEndDate | Enter the planned end date                         | no planned end date
            2025-08-01 | 2025-07-31 | 37.5  | 1990-05-05 | plannedEndDate | The planned end date must be after the start date  | start after the end
            2025-08-01 | 2025-08-01 | 37.5  | 1990-05-05 | plannedEndDate | The planned end date must be after the start date  | start on the end
            2025-08-01 | 2026-08-01 | none  | 1990-05-05 | weeklyHours    | Enter the contracted weekly hours                  | no weekly hours
            2025-08-01 | 2026-08-01 | 0     | 1990-05-05 | weeklyHours    | Weekly hours must be more than 0                   | zero weekly hours
            2025-08-01 | 2026-08-01 | -7.5  | 1990-05-05 | weeklyHours    | Weekly hours must be more than 0                   | weekly hours below zero
            2025-08-01 | 2026-08-01 | 60.01 | 1990-05-05 | weeklyHours    | Weekly hours must be 60 or fewer                   | weekly hours above 60
            2025-08-01 | 2026-08-01 | 37.5  | none       | dateOfBirth    | Enter the date of birth                            | no date of birth
            2025-08-01 | 2026-08-01 | 37.5  | 2025-08-02 | dateOfBirth    | The date of birth must be before the start date    | born after the start
            2025-08-01 | 2026-08-01 | 37.5  | 2025-08-01 | dateOfBirth    | The date of birth must be before the start date    | born on the start date
            """)
    void a_fact_that_cannot_be_right_is_refused_naming_its_field(LocalDate start, LocalDate end,
            BigDecimal weeklyHours, LocalDate dateOfBirth, String field, String message, String badInput) {
        assertThatThrownBy(() -> ApprenticeshipFacts.of(start, end, weeklyHours, dateOfBirth,
                        Apprenticeships.MENTOR_STANDARD))
                .isInstanceOfSatisfying(RuleInputException.class,
                        refused -> assertThat(refused.fieldErrors()).containsEntry(field, message));
    }

    @ParameterizedTest(name = "born {0}, starting {1}: allowed {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2009-08-31 | 2025-06-27 | false
            2009-08-31 | 2025-06-28 | true
            2009-09-01 | 2025-09-01 | false
            2009-09-01 | 2026-06-26 | false
            2009-09-01 | 2026-06-27 | true
            """)
    void a_learner_may_start_only_after_the_last_friday_in_june_of_the_school_year_they_turn_16(
            LocalDate dateOfBirth, LocalDate start, boolean allowed) {
        if (allowed) {
            assertThat(ApprenticeshipFacts.of(start, start.plusYears(1), new BigDecimal("30"), dateOfBirth,
                    Apprenticeships.MENTOR_STANDARD).ageAtStart()).isBetween(15, 16);
        } else {
            assertThatThrownBy(() -> ApprenticeshipFacts.of(start, start.plusYears(1), new BigDecimal("30"),
                    dateOfBirth, Apprenticeships.MENTOR_STANDARD))
                    .isInstanceOfSatisfying(RuleInputException.class, refused -> assertThat(refused.fieldErrors())
                            .containsOnlyKeys("dateOfBirth")
                            .hasEntrySatisfying("dateOfBirth", message -> assertThat(message)
                                    .startsWith("The learner cannot start until after ")
                                    .endsWith(", the last Friday in June of the school year in which they turn 16")));
        }
    }

    @Test
    void every_wrong_field_is_reported_at_once() {
        assertThatThrownBy(() -> new ApprenticeshipFacts(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 1, 1),
                new BigDecimal("61"), null, null, new BigDecimal("-1"), false, Optional.of(LocalDate.of(2025, 9, 1)),
                null, Optional.of(Money.pounds(-5))))
                .isInstanceOfSatisfying(RuleInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsExactly(
                                entry("plannedEndDate", "The planned end date must be after the start date"),
                                entry("weeklyHours", "Weekly hours must be 60 or fewer"),
                                entry("dateOfBirth", "Enter the date of birth"),
                                entry("standard", "Choose the standard"),
                                entry("rplHours", "Prior learning hours must be 0 or more"),
                                entry("originalStartDate", "The original start date must be on or before the start date"),
                                entry("trainingPrice", "The training price must be £0 or more")));
    }

    @ParameterizedTest(name = "standard {0}, published {1}, band £{2}, {3} months → {4}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            none   | none | 9000 | 15 | The standard's reference must be ST followed by 4 digits, like ST0116
            ST116  | none | 9000 | 15 | The standard's reference must be ST followed by 4 digits, like ST0116
            ST1379 | 0    | 9000 | 15 | The standard's published minimum off-the-job hours must be more than 0
            ST1379 | none | -1   | 15 | The standard's funding band maximum must be £0 or more
            ST1379 | none | 9000 | 0  | The standard's typical duration must be at least 1 month
            """)
    void standard_facts_that_cannot_be_right_are_refused_against_the_standard_field(String reference,
            BigDecimal published, BigDecimal band, int months, String message) {
        assertThatThrownBy(() -> new StandardFacts(reference, Optional.ofNullable(published), Money.of(band), months))
                .isInstanceOfSatisfying(RuleInputException.class,
                        refused -> assertThat(refused.fieldErrors()).containsExactly(entry("standard", message)));
    }

    @Test
    void sixty_weekly_hours_and_no_prior_learning_are_accepted() {
        ApprenticeshipFacts facts = Apprenticeships.starting("2025-08-01", "2026-08-01", "60");

        assertThat(facts.rplHours()).isZero();
        assertThat(facts.employerDecisionOnEnglishAndMaths()).isEqualTo(EmployerDecision.NOT_RECORDED);
    }
}
