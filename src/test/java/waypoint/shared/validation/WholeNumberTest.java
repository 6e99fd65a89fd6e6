package waypoint.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole number from a least to a most, both included, typed or already a number: anything else gets one message
 * naming the range, or the field's own words.
 */
class WholeNumberTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    record Typed(@WholeNumber(min = 1, max = 30) String days) {
    }

    record Read(@WholeNumber(min = 0, max = 10) int days,
            @WholeNumber(min = 1, max = 12, message = "Enter the months as a whole number from 1 to 12") int months) {
    }

    private static List<String> messages(Object form) {
        return validator.validate(form).stream().map(ConstraintViolation::getMessage).toList();
    }

    @ParameterizedTest(name = "\"{0}\" is a whole number from 1 to 30")
    @ValueSource(strings = {"1", "30", "07", ""})
    void a_whole_number_in_the_range_or_nothing_typed_passes(String typed) {
        assertThat(messages(new Typed(typed))).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is not a whole number from 1 to 30")
    @ValueSource(strings = {"0", "31", "-1", "2.5", "ten", "99999999999999999999999"})
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
}
