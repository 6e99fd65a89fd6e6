package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import waypoint.shared.money.Money;

/**
 * Level 7 funding by age at the start, for starts from 1 January 2026: 21 or under; care leavers and those with an
 * education, health and care plan up to 24. The 22nd and 25th birthdays worked by hand: born 1 Aug 2004 is 22 on
 * 1 Aug 2026; born 2 Aug 2004 is still 21; born 1 Aug 2001 is 25; born 2 Aug 2001 is still 24. A blank care-leaver
 * cell means nobody has asked yet.
 */
class LevelSevenAgeTest {

    private static final StandardFacts LEVEL_7 = StandardFacts.of("ST0099", Money.pounds(14000), 24).withLevel(7);

    @ParameterizedTest(name = "{7}")
    @CsvSource(delimiter = '|', textBlock = """
            2004-08-02 | 2026-08-01 | 7 |       | false | ELIGIBLE      | 21 | the day before the 22nd birthday: funded
            2004-08-01 | 2026-08-01 | 7 |       | false | NOT_KNOWN_YET | 22 | on the 22nd birthday, care leaver not asked: not known yet
            2004-08-01 | 2026-08-01 | 7 | false | false | NOT_ELIGIBLE  | 22 | on the 22nd birthday, not a care leaver: not funded
            2004-08-01 | 2026-08-01 | 7 | true  | false | ELIGIBLE      | 22 | on the 22nd birthday, a care leaver: funded
            2004-08-01 | 2026-08-01 | 7 | false | true  | ELIGIBLE      | 22 | on the 22nd birthday, with an EHC plan: funded
            2001-08-02 | 2026-08-01 | 7 | true  | false | ELIGIBLE      | 24 | a care leaver the day before the 25th birthday: funded
            2001-08-02 | 2026-08-01 | 7 |       | true  | ELIGIBLE      | 24 | with an EHC plan the day before the 25th birthday: funded
            2001-08-01 | 2026-08-01 | 7 | true  | false | NOT_ELIGIBLE  | 25 | a care leaver on the 25th birthday: not funded
            2001-08-01 | 2026-08-01 | 7 |       | true  | NOT_ELIGIBLE  | 25 | with an EHC plan on the 25th birthday: not funded
            1990-05-05 | 2026-08-01 | 6 |       | false | ELIGIBLE      | 36 | level 6: no age rule
            1990-05-05 | 2025-12-31 | 7 |       | false | ELIGIBLE      | 35 | level 7 starting 31 Dec 2025: before the rule
            1990-05-05 | 2026-01-01 | 7 |       | false | NOT_ELIGIBLE  | 35 | level 7 starting 1 Jan 2026: the rule applies
            2004-07-31 | 2026-07-31 | 7 |       | false | NOT_KNOWN_YET | 22 | 31 Jul 2026, the last 2025-26 start, on the 22nd birthday
            """)
    void level_7_is_funded_by_age_at_the_start(LocalDate born, LocalDate start, int level, Boolean careLeaver,
            boolean ehcPlan, FundingEligibility expected, int age, String rule) {
        ApprenticeshipFacts facts = ApprenticeshipFacts.of(start, start.plusMonths(24), new BigDecimal("37.5"), born,
                StandardFacts.of("ST0099", Money.pounds(14000), 24).withLevel(level)).withEhcPlan(ehcPlan);
        if (careLeaver != null) {
            facts = facts.withCareLeaver(careLeaver);
        }

        assertThat(facts.ageAtStart()).isEqualTo(age);
        assertThat(FundingRules.evaluate(facts).eligibility()).isEqualTo(expected);
    }

    @Test
    void a_refusal_says_why_and_names_the_rule() {
        ApprenticeshipFacts facts = ApprenticeshipFacts.of(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 8, 1),
                new BigDecimal("37.5"), LocalDate.of(2001, 8, 1), LEVEL_7);

        assertThat(FundingRules.evaluate(facts).eligibilitySentences()).containsExactly("Level 7 apprenticeship:"
                + " aged 25 on 1 August 2026, the start: over 24, so not funded, care leaver or education, health and"
                + " care plan or not (source: the apprenticeship funding rules, level 7 apprenticeships from 1 January"
                + " 2026: funded only for apprentices aged 21 or under at the start, or up to 24 for care leavers and"
                + " those with an education, health and care plan).");
    }

    @Test
    void a_standard_of_another_level_says_nothing_of_the_rule() {
        ApprenticeshipFacts facts = ApprenticeshipFacts.of(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 8, 1),
                new BigDecimal("37.5"), LocalDate.of(1980, 1, 1), LEVEL_7.withLevel(4));

        assertThat(FundingRules.evaluate(facts).eligibilitySentences()).isEmpty();
    }
}
