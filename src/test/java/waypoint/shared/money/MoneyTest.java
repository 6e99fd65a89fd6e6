package waypoint.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.json.JsonMapper;

class MoneyTest {

    @Test
    void an_amount_is_kept_to_the_penny_whatever_scale_it_arrives_in() {
        assertThat(Money.pounds(18000).pounds()).isEqualByComparingTo("18000").hasToString("18000.00");
        assertThat(Money.pounds(new BigDecimal("9000.5"))).isEqualTo(Money.pounds("9000.50"));
        assertThat(Money.pence(123456)).isEqualTo(Money.pounds("1234.56"));
        assertThat(Money.pounds("1234.56").inPence()).isEqualTo(123456);
    }

    @Test
    void a_fraction_of_a_penny_is_refused_unless_it_is_rounded_first() {
        assertThatThrownBy(() -> Money.pounds("10.005")).isInstanceOf(ArithmeticException.class);
        assertThat(Money.rounded(new BigDecimal("10.005"))).isEqualTo(Money.pounds("10.01"));
        assertThat(Money.rounded(new BigDecimal("10.004"))).isEqualTo(Money.pounds("10.00"));
    }

    @Test
    void amounts_add_and_take_away_to_the_penny() {
        assertThat(Money.pounds("9000.50").plus(Money.pounds("999.50"))).isEqualTo(Money.pounds(10000));
        assertThat(Money.pounds(10000).minus(Money.pounds("0.01"))).isEqualTo(Money.pounds("9999.99"));
        assertThat(Money.pounds(5).minus(Money.pounds(8)).isNegative()).isTrue();
        assertThat(Money.pounds(5).minus(Money.pounds(5)).isZero()).isTrue();
    }

    @ParameterizedTest(name = "{0} times {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1000.00 | 0.8  | 800.00
            333.33  | 0.8  | 266.66
            0.05    | 0.5  | 0.03
            0.01    | 0.5  | 0.01
            0.01    | 0.49 | 0.00
            """)
    void a_share_is_rounded_to_the_penny_half_up(String amount, BigDecimal ratio, String share) {
        assertThat(Money.pounds(amount).times(ratio)).isEqualTo(Money.pounds(share));
    }

    @ParameterizedTest(name = "{1}% of {0} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            18000.00 | 5   | 900.00
            333.33   | 5   | 16.67
            1000.00  | 2.5 | 25.00
            """)
    void a_percentage_is_rounded_to_the_penny_half_up(String amount, BigDecimal percent, String share) {
        assertThat(Money.pounds(amount).percent(percent)).isEqualTo(Money.pounds(share));
    }

    @Test
    void an_amount_split_into_instalments_adds_back_up_to_the_amount() {
        List<Money> thirds = Money.pounds(1000).instalments(3);
        assertThat(thirds).containsExactly(Money.pounds("333.33"), Money.pounds("333.33"), Money.pounds("333.34"));
        assertThat(thirds.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(Money.pounds(1000));

        List<Money> twelfths = Money.pounds("14400.01").instalments(12);
        assertThat(twelfths).hasSize(12).first().isEqualTo(Money.pounds(1200));
        assertThat(twelfths.get(11)).isEqualTo(Money.pounds("1200.01"));
        assertThat(twelfths.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(Money.pounds("14400.01"));

        List<Money> sevenths = Money.pounds(100).instalments(7);
        assertThat(sevenths.subList(0, 6)).allMatch(Money.pounds("14.29")::equals);
        assertThat(sevenths.get(6)).isEqualTo(Money.pounds("14.26"));
        assertThat(sevenths.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(Money.pounds(100));
    }

    @Test
    void an_amount_is_split_into_one_instalment_or_more() {
        assertThat(Money.pounds(50).instalments(1)).containsExactly(Money.pounds(50));
        assertThatThrownBy(() -> Money.pounds(50).instalments(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amounts_compare_by_value_not_by_how_they_were_written() {
        assertThat(Money.pounds("9000.00")).isEqualTo(Money.pounds(9000)).isEqualByComparingTo(Money.pounds(9000));
        assertThat(Money.pounds(9000).isMoreThan(Money.pounds("8999.99"))).isTrue();
        assertThat(Money.pounds(9000).isLessThan(Money.pounds("9000.01"))).isTrue();
        assertThat(Money.pounds(9000).max(Money.pounds(9500))).isEqualTo(Money.pounds(9500));
        assertThat(Money.pounds(9000).min(Money.pounds(9500))).isEqualTo(Money.pounds(9000));
        assertThat(Money.of(null)).isNull();
    }

    @Test
    void the_api_writes_an_amount_as_a_plain_number_of_pounds_and_reads_it_back() {
        JsonMapper json = JsonMapper.builder().build();
        record Price(Money trainingPrice) {
        }
        assertThat(json.writeValueAsString(new Price(Money.pounds(9000)))).isEqualTo("{\"trainingPrice\":9000.00}");
        assertThat(json.readValue("{\"trainingPrice\":1234.5}", Price.class).trainingPrice())
                .isEqualTo(Money.pounds("1234.50"));
    }
}
