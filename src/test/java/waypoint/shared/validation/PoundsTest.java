package waypoint.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.support.FormsUnderTest.messages;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import waypoint.shared.validation.Pounds.Sign;

/**
 * An amount of money is pounds and pence, typed or sent as a number: a fraction of a penny is refused as a field
 * error before any service sees it, and so, where a field says so, is an amount below £0 or not above it.
 */
class PoundsTest {

    record Typed(@Pounds(message = "Enter the training price in pounds, like 12000 or 12000.50") String price) {
    }

    record Sent(@Pounds(sign = Sign.ZERO_OR_MORE, message = "Enter the price in pounds and pence, like 9000 or 9000.50",
            signMessage = "The price must be £0 or more") BigDecimal price,
            @Pounds(sign = Sign.MORE_THAN_ZERO, message = "Enter the amount in pounds and pence, like 150 or 150.50",
                    signMessage = "The amount must be more than £0") BigDecimal amount) {
    }

    @ParameterizedTest(name = "\"{0}\" is pounds and pence")
    @ValueSource(strings = {"9000", "9000.5", "9000.50", "£9,000.50", " 12000 ", "0", "-50", "100.5000", "",
            "99999999.99"})
    void pounds_and_pence_or_nothing_typed_passes(String typed) {
        assertThat(messages(new Typed(typed))).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is not pounds and pence")
    @ValueSource(strings = {"100.555", "£9,000.001", "100000000", "0.001"})
    void a_fraction_of_a_penny_or_more_than_a_column_holds_is_refused_in_the_fields_words(String typed) {
        assertThat(messages(new Typed(typed)))
                .containsExactly("Enter the training price in pounds, like 12000 or 12000.50");
    }

    @Test
    void text_that_is_not_a_number_is_left_to_the_typed_number_check() {
        assertThat(messages(new Typed("twelve thousand"))).isEmpty();
    }

    @Test
    void an_amount_sent_as_a_number_is_held_to_pounds_and_pence_and_to_its_sign() {
        assertThat(messages(new Sent(new BigDecimal("0"), new BigDecimal("0.01")))).isEmpty();
        assertThat(messages(new Sent(null, null))).isEmpty();
        assertThat(messages(new Sent(new BigDecimal("100.555"), new BigDecimal("150.505"))))
                .containsExactlyInAnyOrder("Enter the price in pounds and pence, like 9000 or 9000.50",
                        "Enter the amount in pounds and pence, like 150 or 150.50");
        assertThat(messages(new Sent(new BigDecimal("-0.01"), BigDecimal.ZERO)))
                .containsExactlyInAnyOrder("The price must be £0 or more", "The amount must be more than £0");
    }
}
