package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingRulePackChoiceTest {

    @ParameterizedTest(name = "a start on {0} follows the rules for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2017-05-01 | Starts before 1 August 2022
            2022-07-31 | Starts before 1 August 2022
            2022-08-01 | Starts from 1 August 2022 to 31 July 2025
            2025-02-10 | Starts from 1 August 2022 to 31 July 2025
            2025-02-11 | Starts from 1 August 2022 to 31 July 2025
            2025-07-31 | Starts from 1 August 2022 to 31 July 2025
            2025-08-01 | Starts from 1 August 2025 to 31 July 2026
            2026-01-01 | Starts from 1 August 2025 to 31 July 2026
            2026-07-31 | Starts from 1 August 2025 to 31 July 2026
            2026-08-01 | Starts from 1 August 2026
            2030-01-01 | Starts from 1 August 2026
            """)
    void the_start_date_chooses_the_pack(LocalDate start, String packName) {
        assertThat(FundingRules.packFor(start).name()).isEqualTo(packName);
    }

    @Test
    void exactly_one_pack_covers_every_day_across_every_boundary() {
        for (LocalDate day = LocalDate.of(2022, 7, 1); day.isBefore(LocalDate.of(2026, 9, 1)); day = day.plusDays(1)) {
            LocalDate start = day;
            assertThat(FundingRules.packs()).filteredOn(pack -> pack.covers(start)).hasSize(1);
        }
    }

    @Test
    void the_evaluation_says_which_pack_it_followed() {
        RuleEvaluation evaluation = FundingRules.evaluate(
                Apprenticeships.starting("2022-08-01", "2023-08-01", "37.5"));

        assertThat(evaluation.explanationSentences().get(0)).isEqualTo(
                "A start on 1 August 2022 follows the rules for starts from 1 August 2022 to 31 July 2025"
                        + " (source: the apprenticeship funding rules, off-the-job training: the rules of the year"
                        + " the apprenticeship started).");
    }
}
