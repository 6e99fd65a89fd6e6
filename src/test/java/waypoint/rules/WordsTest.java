package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waypoint.shared.money.Money;

class WordsTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-08-01 | 1 August 2025
            2026-12-23 | 23 December 2026
            2027-02-28 | 28 February 2027
            """)
    void an_explanation_writes_a_date_as_every_page_does(String iso, String words) {
        assertThat(Words.date(LocalDate.parse(iso))).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0        | £0.00
            1350     | £1,350.00
            1349.995 | £1,350.00
            18000.5  | £18,000.50
            -50      | -£50.00
            """)
    void an_explanation_writes_an_amount_with_pence_rounded_half_up(String pounds, String words) {
        assertThat(Words.pounds(new BigDecimal(pounds))).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            18000   | £18,000.00
            1234.5  | £1,234.50
            -50     | -£50.00
            """)
    void an_explanation_writes_an_amount_of_money_with_pence(String pounds, String words) {
        assertThat(Words.pounds(Money.pounds(pounds))).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1   | 1 day
            0   | 0 days
            366 | 366 days
            """)
    void an_explanation_writes_a_number_of_days_in_words(long days, String words) {
        assertThat(Words.days(days)).isEqualTo(words);
    }
}
