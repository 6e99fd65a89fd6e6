package waypoint.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import waypoint.shared.web.FieldValidationException;

class PasswordRulesTest {

    private static final String EMAIL = "sam.jones@example.com";

    /** The field and reason a new password and its confirmation are refused with, or none. */
    private static Map<String, String> refusal(String password, String confirmation) {
        try {
            PasswordRules.requireAcceptable(password, confirmation, EMAIL);
            return Map.of();
        } catch (FieldValidationException refused) {
            return refused.errors();
        }
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                       | Enter a password
            short-words                              | Password must be 12 characters or more
            eleven-char                              | Password must be 12 characters or more
            sam.jones@example.com                    | Password must not be your email address
            SAM.JONES@EXAMPLE.COM                    | Password must not be your email address
            aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | Password must be 64 characters or fewer
            1q2w3e4r5t6y                             | This password is one of the most commonly used, so it is easy to guess: choose another. Three random words make a strong password you can remember
            Qwerty123456                             | This password is one of the most commonly used, so it is easy to guess: choose another. Three random words make a strong password you can remember
            Password123456!                          | This password is one of the most commonly used, so it is easy to guess: choose another. Three random words make a strong password you can remember
            2026Football!!                           | This password is one of the most commonly used, so it is easy to guess: choose another. Three random words make a strong password you can remember
            """)
    void a_password_that_breaks_a_rule_is_refused_with_the_reason(String password, String reason) {
        assertThat(refusal(password, password)).containsEntry(PasswordRules.PASSWORD, reason);
    }

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @CsvSource(textBlock = """
            twelve-chars
            correct horse battery staple
            ÉÉÉÉÉÉÉÉÉÉÉÉ
            """)
    void a_password_of_twelve_characters_or_more_is_accepted(String password) {
        assertThat(refusal(password, password)).isEmpty();
        assertThat(PasswordRules.problem(password)).isEmpty();
    }

    @Test
    void the_confirmation_must_match() {
        assertThat(refusal("correct horse battery", "correct horse battery!"))
                .isEqualTo(Map.of(PasswordRules.CONFIRMATION, "The passwords do not match"));
    }

    @Test
    void a_mismatch_is_not_reported_while_the_password_itself_is_wrong() {
        assertThat(refusal("short", "other")).containsOnlyKeys(PasswordRules.PASSWORD);
    }

    @Test
    void a_form_checks_every_rule_but_whose_email_the_password_is() {
        assertThat(PasswordRules.problem("")).contains("Enter a password");
        assertThat(PasswordRules.problem("short")).contains("Password must be 12 characters or more");
        assertThat(PasswordRules.problem(EMAIL)).isEmpty();
        assertThatThrownBy(() -> PasswordRules.requireAcceptable(EMAIL, EMAIL, EMAIL))
                .hasMessage("Password must not be your email address");
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused_even_under_64_characters() {
        String emoji = "🙂".repeat(20);
        assertThat(refusal(emoji, emoji)).containsKey(PasswordRules.PASSWORD);
    }
}
