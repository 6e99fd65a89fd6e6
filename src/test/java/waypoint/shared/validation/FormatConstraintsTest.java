package waypoint.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waypoint.support.FormsUnderTest;

/**
 * The constraints for the domain's formats on a request record: each says the rule's own words, or the form's own when
 * it gives them; a blank field passes (the form says whether it is needed).
 */
class FormatConstraintsTest {

    private static final Validator validator = FormsUnderTest.validator();

    record Request(@Uln String uln, @Ukprn String ukprn, @NationalInsuranceNumber String niNumber,
            @Postcode String postcode, @Postcode(message = "Enter a real postcode, like LS1 6DT") String homePostcode) {
    }

    private List<String> problems(Request request) {
        return validator.validate(request).stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).toList();
    }

    @Test
    void well_formed_values_and_blank_ones_pass() {
        assertThat(problems(new Request("1234567899", "10012345", "AB 12 34 56 C", "sw1a1aa", "LS1 6DT"))).isEmpty();
        assertThat(problems(new Request(null, "", " ", null, ""))).isEmpty();
        assertThat(problems(new Request("9999999999", null, null, null, null))).as("the temporary ULN").isEmpty();
    }

    @ParameterizedTest(name = "ULN {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "123456789   | Enter a ULN that is 10 digits, like 1234567899",
            "12345678AB  | Enter a ULN that is 10 digits, like 1234567899",
            "1000000063  | Enter a real ULN: the last digit of this one does not match the others",
    })
    void a_uln_that_is_not_one_is_said_in_the_rules_words(String uln, String message) {
        assertThat(problems(new Request(uln, null, null, null, null))).containsExactly("uln: " + message);
    }

    @Test
    void a_ukprn_is_8_digits_starting_with_1() {
        assertThat(problems(new Request(null, "20012345", null, null, null)))
                .containsExactly("ukprn: Enter a UKPRN that is 8 digits starting with 1, like 10012345");
        assertThat(problems(new Request(null, "1001234", null, null, null))).hasSize(1);
    }

    @Test
    void a_national_insurance_number_hmrc_never_issues_is_refused() {
        assertThat(problems(new Request(null, null, "QQ 12 34 56 C", null, null))).containsExactly(
                "niNumber: Enter a National Insurance number in the correct format, like QQ 12 34 56 C");
    }

    @Test
    void a_postcode_says_the_rules_words_unless_the_form_gives_its_own() {
        assertThat(problems(new Request(null, null, null, "LS1", "Q1 1AA"))).containsExactly(
                "homePostcode: Enter a real postcode, like LS1 6DT", "postcode: Enter a real postcode, like SW1A 1AA");
    }

    @Test
    void the_message_is_taken_literally_never_as_an_expression() {
        List<ConstraintViolation<Request>> violations = List.copyOf(
                validator.validate(new Request("${1+1}", null, null, null, null)));
        assertThat(violations).singleElement().extracting(ConstraintViolation::getMessage)
                .isEqualTo("Enter a ULN that is 10 digits, like 1234567899");
    }
}
