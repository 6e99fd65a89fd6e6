package waypoint.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format rules for identifiers and contact details, one table each: value, whether it is accepted. */
class FormatRulesTest {

    @ParameterizedTest(name = "ULN {0} accepted: {1}")
    @CsvSource({
            "1000000043, true",  // valid check digit
            "1234567899, true",  // valid check digit
            "1000000063, false", // wrong check digit
            "9999999999, true",  // the temporary ULN
            "'1234 567 899', true",
            "123456789, false",
            "12345678990, false",
            "123456789A, false",
            "0000000000, false", // remainder 0 is never valid
    })
    void a_uln_is_10_digits_with_a_matching_check_digit(String uln, boolean accepted) {
        assertThat(UlnRule.problem(uln).isEmpty()).isEqualTo(accepted);
    }

    @Test
    void the_temporary_uln_is_flagged() {
        assertThat(UlnRule.isTemporary("9999999999")).isTrue();
        assertThat(UlnRule.isTemporary("1234567899")).isFalse();
    }

    @ParameterizedTest(name = "UKPRN {0} accepted: {1}")
    @CsvSource({
            "10000000, true",
            "19999999, true",
            "10012345, true",
            "20000000, false",   // UKPRNs start with 1
            "99999999, false",
            "09999999, false",
            "1000000, false",
            "100000000, false",
            "1000000A, false",
    })
    void a_ukprn_is_8_digits_starting_with_1(String ukprn, boolean accepted) {
        assertThat(UkprnRule.problem(ukprn).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "employer reference number {0} accepted: {1}")
    @CsvSource({
            "100000002, true",   // 9 x 1 = 9, 11 - 9 = 2
            "100000010, true",   // remainder 0: 11 gives 0
            "100000207, true",
            "'100 000 207', true",
            "100000003, false",  // wrong check digit
            "100000070, false",  // a check of 10 is never valid
            "10000000, false",
            "1000000002, false",
            "10000000A, false",
            "000000000, false",
    })
    void an_employer_reference_number_is_9_digits_with_a_matching_check_digit(String ern, boolean accepted) {
        assertThat(EmployerReferenceNumber.problem(ern).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "postcode {0} accepted: {1}, stored as {2}")
    @CsvSource({
            "SW1A 1AA, true, SW1A 1AA",
            "sw1a1aa, true, SW1A 1AA",
            "'  m1   1ae ', true, M1 1AE",
            "B33 8TH, true, B33 8TH",
            "CR2 6XH, true, CR2 6XH",
            "DN55 1PT, true, DN55 1PT",
            "W1A 0AX, true, W1A 0AX",
            "EC1A 1BB, true, EC1A 1BB",
            "GIR 0AA, true, GIR 0AA",
            "Q1 1AA, false, Q1 1AA",
            "SW1A 1AAA, false, SW1A1 AAA",
            "12345, false, 12 345",
            "SW1A, false, SW1A",
            "SW1A 1CA, false, SW1A 1CA",
    })
    void a_postcode_is_in_the_royal_mail_format_and_stored_upper_case_with_one_space(String postcode,
            boolean accepted, String stored) {
        assertThat(PostcodeRule.problem(postcode).isEmpty()).isEqualTo(accepted);
        assertThat(PostcodeRule.normalise(postcode)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "NI number {0} accepted: {1}")
    @CsvSource({
            "AB123456C, true",
            "'ab 12 34 56 c', true",
            "JH123456D, true",
            "QQ123456C, false", // Q is never a first letter: GOV.UK's example is fake on purpose
            "DA123456C, false",
            "AO123456C, false", // O is never a second letter
            "GB123456A, false", // never issued
            "ZZ123456A, false",
            "AB123456E, false", // suffix A to D
            "AB12345C, false",
            "AB1234567, false",
    })
    void a_national_insurance_number_follows_hmrc_prefix_and_suffix_rules(String number, boolean accepted) {
        assertThat(NationalInsuranceNumberRule.problem(number).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "EPAO id {0} accepted: {1}")
    @CsvSource({
            "EPA0175, true",
            "epa0175, true",
            "EPA175, false",
            "EPA01755, false",
            "EPB0175, false",
    })
    void an_epao_id_is_epa_and_4_digits(String id, boolean accepted) {
        assertThat(EpaoId.problem(id).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "email {0} accepted: {1}")
    @CsvSource({
            "name@example.com, true",
            "First.Last+tag@sub.example.co.uk, true",
            "name@example, false",
            "name.example.com, false",
            "'name @example.com', false",
            "name@@example.com, false",
            "@example.com, false",
    })
    void an_email_address_has_a_local_part_an_at_and_a_domain_with_a_dot(String email, boolean accepted) {
        assertThat(EmailAddress.problem(email).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "phone {0} accepted: {1}")
    @CsvSource({
            "01632 960 001, true",
            "07700 900 982, true",
            "+44 808 157 0192, true",
            "(01632) 960-001, true",
            "12345, false",
            "0163296000112345678, false",
            "call me, false",
    })
    void a_phone_number_has_10_to_15_digits(String phone, boolean accepted) {
        assertThat(PhoneNumber.problem(phone).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "born {0}, today {1}: accepted {2}")
    @CsvSource({
            "2000-01-01, 2026-03-01, true",
            "2026-03-01, 2026-03-01, true",
            "2026-03-02, 2026-03-01, false",
            "1900-01-01, 2026-03-01, true",
            "1899-12-31, 2026-03-01, false",
    })
    void a_date_of_birth_is_not_in_the_future_and_not_before_1900(LocalDate born, LocalDate today, boolean accepted) {
        assertThat(BirthDate.problem(born, today).isEmpty()).isEqualTo(accepted);
    }

    @Test
    void a_blank_optional_value_is_stored_as_nothing() {
        assertThat(Format.PHONE.normalise("  ")).isNull();
        assertThat(Format.POSTCODE.normalise("sw1a1aa")).isEqualTo("SW1A 1AA");
    }
}
