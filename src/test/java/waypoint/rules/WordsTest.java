package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import waypoint.shared.money.GovUkMoney;
import waypoint.shared.time.GovUkDates;

class WordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-08-01", "2026-12-23", "2027-02-28"})
    void the_rules_write_a_date_in_the_same_words_as_every_page(String iso) {
        LocalDate date = LocalDate.parse(iso);
        assertThat(Words.date(date)).isEqualTo(GovUkDates.date(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1350", "1349.995", "18000.5", "-50"})
    void the_rules_write_an_amount_in_the_same_words_as_every_table_of_figures(String pounds) {
        BigDecimal amount = new BigDecimal(pounds);
        assertThat(Words.pounds(amount)).isEqualTo(GovUkMoney.withPence(amount));
    }
}
