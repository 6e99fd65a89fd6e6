package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import waypoint.shared.money.Money;

/**
 * The rules of each programme type either side of its dates (docs/domain/programme-types.md): foundation
 * apprenticeships from 1 August 2025, apprenticeship units from 28 April 2026. Reference numbers and figures are
 * illustrative, worked by hand: 16 weeks is 112 days; a learner born 5 May 2007 is 18 on 4 May 2026 and 19 on
 * 5 May 2026.
 */
class ProgrammeTypeRulesTest {

    private static final StandardFacts FOUNDATION = new StandardFacts("ST9901", Optional.empty(),
            Money.pounds(9000), 12, Optional.of(2), ProgrammeType.FOUNDATION_APPRENTICESHIP);
    private static final StandardFacts UNIT = new StandardFacts("ST9902", Optional.of(new BigDecimal("60")),
            Money.pounds(1500), 3, Optional.of(3), ProgrammeType.APPRENTICESHIP_UNIT);
    private static final LocalDate YOUNG = LocalDate.of(2007, 5, 5);

    private static ApprenticeshipFacts facts(StandardFacts standard, String start, String end, LocalDate born) {
        return ApprenticeshipFacts.of(LocalDate.parse(start), LocalDate.parse(end), new BigDecimal("37.5"), born,
                standard);
    }

    @ParameterizedTest(name = "{0} starting {1}: refused {2}")
    @CsvSource(delimiter = '|', textBlock = """
            FOUNDATION_APPRENTICESHIP | 2025-07-31 | true  | the day before foundation apprenticeships begin
            FOUNDATION_APPRENTICESHIP | 2025-08-01 | false | the first day of foundation apprenticeships
            APPRENTICESHIP_UNIT       | 2026-04-27 | true  | the day before apprenticeship units begin
            APPRENTICESHIP_UNIT       | 2026-04-28 | false | the first day of apprenticeship units
            APPRENTICESHIP_STANDARD   | 2025-07-31 | false | a standard has no first start
            """)
    void each_type_starts_on_its_own_first_day(ProgrammeType type, LocalDate start, boolean refused, String why) {
        StandardFacts standard = switch (type) {
            case FOUNDATION_APPRENTICESHIP -> FOUNDATION;
            case APPRENTICESHIP_UNIT -> UNIT;
            case APPRENTICESHIP_STANDARD -> Apprenticeships.MENTOR_STANDARD;
        };
        LocalDate end = type == ProgrammeType.APPRENTICESHIP_UNIT ? start.plusWeeks(10) : start.plusMonths(12);
        RuleEvaluation evaluation = FundingRules.evaluate(ApprenticeshipFacts.of(start, end, new BigDecimal("37.5"),
                LocalDate.of(2004, 1, 1), standard));

        assertThat(evaluation.refusals().containsKey("startDate")).isEqualTo(refused);
        assertThat(evaluation.eligibility() == FundingEligibility.NOT_ELIGIBLE).isEqualTo(refused);
    }

    @ParameterizedTest(name = "published {0} → {1} h")
    @CsvSource(delimiter = '|', textBlock = """
                | 187 | no published figure: 187 h, never unknown
            150 | 187 | below 187: 187 h
            300 | 300 | above 187: the published figure
            """)
    void a_foundation_apprenticeship_plans_at_least_187_hours(BigDecimal published, BigDecimal expected, String why) {
        StandardFacts standard = published == null ? FOUNDATION : FOUNDATION.withPublishedMinimumOtjHours(published);
        RuleEvaluation evaluation = FundingRules.evaluate(facts(standard, "2025-08-01", "2026-08-01", YOUNG));

        assertThat(evaluation.minimumOtjHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo(expected));
        assertThat(evaluation.refusals()).isEmpty();
    }

    @ParameterizedTest(name = "born {0}: refused {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2001-08-02 | false | 23, under 25
            2000-08-02 | false | 24 the day before the 25th birthday
            2000-08-01 | true  | 25 on the start date
            """)
    void a_foundation_apprenticeship_is_for_learners_under_25(LocalDate born, boolean refused, String why) {
        RuleEvaluation evaluation = FundingRules.evaluate(facts(FOUNDATION, "2025-08-01", "2026-08-01", born));

        assertThat(evaluation.refusals().containsKey("dateOfBirth")).isEqualTo(refused);
        if (refused) {
            assertThat(evaluation.refusals().get("dateOfBirth")).contains("DateOfBirth_59");
        }
    }

    @Test
    void a_foundation_apprenticeship_is_at_level_2() {
        assertThatThrownBy(() -> FOUNDATION.withLevel(3)).isInstanceOf(RuleInputException.class)
                .hasMessageContaining("level 2");
    }

    @Test
    void a_foundation_apprenticeship_keeps_the_8_month_minimum_and_english_and_maths() {
        RuleEvaluation evaluation = FundingRules.evaluate(facts(FOUNDATION, "2025-08-01", "2026-03-01", YOUNG));

        assertThat(evaluation.minimumDurationDays()).isEqualTo(242);
        assertThat(evaluation.meetsMinimumDuration()).isFalse();
        assertThat(evaluation.englishAndMaths().applies()).isTrue();
        assertThat(evaluation.englishAndMathsRequired()).isTrue();
    }

    @ParameterizedTest(name = "a unit starting 4 May 2026 for a learner born {0}: refused {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2007-05-05 | true  | 18, the day before the 19th birthday
            2007-05-04 | false | 19 on the start date
            """)
    void an_apprenticeship_unit_is_for_adults_only(LocalDate born, boolean refused, String why) {
        RuleEvaluation evaluation = FundingRules.evaluate(facts(UNIT, "2026-05-04", "2026-07-13", born));

        assertThat(evaluation.refusals().containsKey("dateOfBirth")).isEqualTo(refused);
        if (refused) {
            assertThat(evaluation.refusals().get("dateOfBirth"))
                    .contains("aged 19 or over").contains("apprenticeship unit funding rules");
            assertThat(evaluation.eligibility()).isEqualTo(FundingEligibility.NOT_ELIGIBLE);
        }
    }

    @ParameterizedTest(name = "{0} h: refused {1}")
    @CsvSource(delimiter = '|', textBlock = """
            29  | true
            30  | false
            140 | false
            141 | true
            """)
    void an_apprenticeship_unit_plans_30_to_140_hours(BigDecimal hours, boolean refused) {
        RuleEvaluation evaluation = FundingRules.evaluate(facts(UNIT.withPublishedMinimumOtjHours(hours),
                "2026-09-01", "2026-11-01", LocalDate.of(1990, 1, 1)));

        assertThat(evaluation.refusals().containsKey("standard")).isEqualTo(refused);
    }

    @ParameterizedTest(name = "planned end {0}: refused {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-09-07 | true  | 6 days
            2026-09-08 | false | 7 days, one week
            2026-12-22 | false | 112 days, 16 weeks
            2026-12-23 | true  | 113 days
            """)
    void an_apprenticeship_unit_lasts_1_to_16_weeks_instead_of_8_months(LocalDate end, boolean refused, String why) {
        RuleEvaluation evaluation = FundingRules.evaluate(facts(UNIT, "2026-09-01", end.toString(),
                LocalDate.of(1990, 1, 1)));

        assertThat(evaluation.refusals().containsKey("plannedEndDate")).isEqualTo(refused);
        assertThat(evaluation.meetsMinimumDuration()).isEqualTo(!refused);
    }

    @Test
    void an_apprenticeship_unit_plans_its_own_hours_with_no_english_and_maths_and_no_end_point_assessment() {
        RuleEvaluation evaluation = FundingRules.evaluate(facts(UNIT, "2026-09-01", "2026-11-10",
                LocalDate.of(1990, 1, 1)), ProviderPolicy.seedHandbook());

        assertThat(evaluation.plannedOtjHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("60"));
        assertThat(evaluation.providerPlannedOtjHours()).isEmpty();
        assertThat(evaluation.englishAndMaths().applies()).isFalse();
        assertThat(evaluation.englishAndMathsRequired()).isFalse();
        assertThat(evaluation.englishAndMaths().inWords()).startsWith("Does not apply");
        assertThat(evaluation.programmeType().hasEndPointAssessment()).isFalse();
        assertThat(evaluation.explanationSentences())
                .anySatisfy(s -> assertThat(s).contains("no end-point assessment"))
                .noneSatisfy(s -> assertThat(s).contains("8 months"));
    }

    @Test
    void an_apprenticeship_unit_without_its_hours_recorded_has_unknown_hours_never_zero() {
        StandardFacts noHours = new StandardFacts("ST9902", Optional.empty(), Money.pounds(1500), 3,
                Optional.of(3), ProgrammeType.APPRENTICESHIP_UNIT);
        RuleEvaluation evaluation = FundingRules.evaluate(facts(noHours, "2026-09-01", "2026-11-10",
                LocalDate.of(1990, 1, 1)));

        assertThat(evaluation.minimumOtjHours()).isEmpty();
        assertThat(evaluation.plannedOtjHours()).isEmpty();
    }

    @Test
    void a_foundation_apprenticeships_own_payment_is_unknown_never_zero() {
        Incentives.Facts standard = new Incentives.Facts(LocalDate.of(2025, 9, 1), LocalDate.of(2007, 1, 1), false,
                Optional.empty(), Optional.of(false), java.util.List.of(), Optional.empty(), Optional.empty());
        Incentives.Facts foundation = new Incentives.Facts(standard.startDate(), standard.dateOfBirth(), false,
                Optional.empty(), Optional.of(false), java.util.List.of(), Optional.empty(), Optional.empty(),
                ProgrammeType.FOUNDATION_APPRENTICESHIP);

        assertThat(Incentives.of(standard, LocalDate.of(2026, 12, 1)).warnings()).isEmpty();
        Incentives paid = Incentives.of(foundation, LocalDate.of(2026, 12, 1));
        assertThat(paid.warnings()).singleElement().asString()
                .startsWith("A foundation apprenticeship's own payment is not known");
        // the payments for a young apprentice still apply: aged 18 at the start
        assertThat(paid.total(Incentives.Recipient.PROVIDER).pounds()).isEqualByComparingTo("1000");
    }

    @ParameterizedTest(name = "{0}: ILR programme type {1}, achievement rates 2025-26 {2}")
    @CsvSource(delimiter = '|', textBlock = """
            APPRENTICESHIP_STANDARD   | 25 | true
            FOUNDATION_APPRENTICESHIP | 25 | false
            APPRENTICESHIP_UNIT       | 34 | true
            """)
    void each_type_has_its_ilr_code_and_place_in_the_achievement_rates(ProgrammeType type, int progType,
            boolean counted) {
        assertThat(type.ilrProgrammeType()).isEqualTo(progType);
        assertThat(type.countsInAchievementRates(2025)).isEqualTo(counted);
        assertThat(type.countsInAchievementRates(2024)).isTrue();
    }
}
