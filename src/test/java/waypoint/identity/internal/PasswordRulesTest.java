package waypoint.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static final String EMAIL = "sam.jones@example.com";

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
        assertThat(PasswordRules.check(password, password, EMAIL)).containsEntry(PasswordRules.PASSWORD, reason);
    }

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @CsvSource(textBlock = """
            twelve-chars
            correct horse battery staple
            ÉÉÉÉÉÉÉÉÉÉÉÉ
            """)
    void a_password_of_twelve_characters_or_more_is_accepted(String password) {
        assertThat(PasswordRules.check(password, password, EMAIL)).isEmpty();
    }

    @Test
    void the_confirmation_must_match() {
        assertThat(PasswordRules.check("correct horse battery", "correct horse battery!", EMAIL))
                .isEqualTo(Map.of(PasswordRules.CONFIRMATION, "The passwords do not match"));
    }

    @Test
    void the_confirmation_must_be_given() {
        assertThat(PasswordRules.check("correct horse battery", "", EMAIL))
                .isEqualTo(Map.of(PasswordRules.CONFIRMATION, "Enter the password again to confirm it"));
    }

    @Test
    void a_mismatch_is_not_reported_while_the_password_itself_is_wrong() {
        assertThat(PasswordRules.check("short", "other", EMAIL)).containsOnlyKeys(PasswordRules.PASSWORD);
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused_even_under_64_characters() {
        String emoji = "🙂".repeat(20);
        assertThat(PasswordRules.check(emoji, emoji, EMAIL)).containsKey(PasswordRules.PASSWORD);
    }
}
