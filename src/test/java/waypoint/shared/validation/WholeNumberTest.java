package waypoint.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.support.FormsUnderTest.messages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole number from a least to a most, both included, typed or already a number: anything else gets one message
 * naming the range, or the field's own words; a field that says what the figure is gets one message for what is not a
 * whole number and another for a number out of range.
 */
class WholeNumberTest {

    record Typed(@WholeNumber(min = 1, max = 30) String days) {
    }

    record Read(@WholeNumber(min = 0, max = 10) int days,
            @WholeNumber(min = 1, max = 12, message = "Enter the months as a whole number from 1 to 12") int months) {
    }

    record Named(@WholeNumber(what = "The minimum hours", min = 1, max = 10_000) String hours,
            @WholeNumber(what = "Method {row}'s duration in minutes", min = 1, max = 1440) String minutes) {
    }

    @ParameterizedTest(name = "\"{0}\" is a whole number from 1 to 30")
    @ValueSource(strings = {"1", "30", "07", "", " 12 "})
    void a_whole_number_in_the_range_or_nothing_typed_passes(String typed) {
        assertThat(messages(new Typed(typed))).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is not a whole number from 1 to 30")
    @ValueSource(strings = {"0", "31", "-1", "2.5", "ten", "1,0", "99999999999999999999999"})
    void anything_else_typed_is_told_the_range_once(String typed) {
        assertThat(messages(new Typed(typed))).containsExactly("Enter a whole number from 1 to 30");
    }

    @Test
    void a_number_read_already_is_held_to_its_range_and_a_field_may_say_it_in_its_own_words() {
        assertThat(messages(new Read(0, 12))).isEmpty();
        assertThat(messages(new Read(10, 1))).isEmpty();
        assertThat(messages(new Read(-1, 13))).containsExactlyInAnyOrder("Enter a whole number from 0 to 10",
                "Enter the months as a whole number from 1 to 12");
    }

    @Test
    void a_figure_may_be_typed_with_commas_between_the_thousands() {
        assertThat(messages(new Named("10,000", " 1,440 "))).isEmpty();
        assertThat(TypedValues.wholeNumber(" 10,000 ")).contains(10_000);
        assertThat(TypedValues.wholeNumber("10,00")).isEmpty();
        assertThat(TypedValues.wholeNumber("")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" minimum hours: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ten       | The minimum hours must be a whole number, like 1
            2.5       | The minimum hours must be a whole number, like 1
            0         | The minimum hours must be from 1 to 10000
            10,001    | The minimum hours must be from 1 to 10000
            -3        | The minimum hours must be from 1 to 10000
            """)
    void a_field_that_says_what_the_figure_is_is_told_whether_it_is_not_a_number_or_out_of_range(String typed,
            String message) {
        assertThat(messages(new Named(typed, ""))).containsExactly(message);
    }

    @Test
    void what_the_figure_is_may_hold_a_place_for_the_row_it_is_in() {
        assertThat(messages(new Named("", "ninety")))
                .containsExactly("Method {row}'s duration in minutes must be a whole number, like 1");
        assertThat(messages(new Named("", "1441")))
                .containsExactly("Method {row}'s duration in minutes must be from 1 to 1440");
    }
}
