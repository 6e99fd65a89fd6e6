package waypoint.shared.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GovUkMoneyTest {

    @ParameterizedTest(name = "{0} reads {1}, or {2} with pence")
    @CsvSource(delimiter = '|', textBlock = """
            18000     | £18,000     | £18,000.00
            1234.56   | £1,234.56   | £1,234.56
            1234.5    | £1,234.50   | £1,234.50
            0         | £0          | £0.00
            0.5       | £0.50       | £0.50
            1000000   | £1,000,000  | £1,000,000.00
            -50       | -£50        | -£50.00
            """)
    void amounts_read_as_gov_uk_writes_them(String pounds, String words, String withPence) {
        assertThat(GovUkMoney.words(Money.pounds(pounds))).isEqualTo(words);
        assertThat(GovUkMoney.withPence(Money.pounds(pounds))).isEqualTo(withPence);
    }

    @Test
    void an_amount_worked_out_beyond_the_penny_reads_rounded_half_up() {
        assertThat(GovUkMoney.withPence(new BigDecimal("1349.995"))).isEqualTo("£1,350.00");
        assertThat(GovUkMoney.words(new BigDecimal("1349.995"))).isEqualTo("£1,350");
    }

    @Test
    void an_amount_nobody_recorded_says_so() {
        assertThat(GovUkMoney.words((Money) null)).isEqualTo("Not recorded");
        assertThat(GovUkMoney.wordsOr(null, "Not agreed yet")).isEqualTo("Not agreed yet");
    }
}
