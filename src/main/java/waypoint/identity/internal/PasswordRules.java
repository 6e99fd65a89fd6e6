package waypoint.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a new password must be. Length is what makes a password hard to guess, so there is a minimum and no rules
 * about symbols or digits (NCSC password guidance; NIST SP 800-63B section 5.1.1.2). The maximum exists because
 * bcrypt, the delegating encoder's default, reads only the first 72 bytes. A password on the shipped list of common
 * and breached passwords is refused, also with digits or symbols added before or after (docs/domain/sign-in.md).
 */
public final class PasswordRules {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 64;
    private static final int MAXIMUM_BYTES = 72;

    public static final String PASSWORD = "password";
    public static final String CONFIRMATION = "confirmPassword";

    private PasswordRules() {
    }

    /** The problems with a new password and its confirmation, by form field; empty when it is acceptable. */
    public static Map<String, String> check(String password, String confirmation, String email) {
        Map<String, String> errors = new LinkedHashMap<>();
        String problem = problemWith(password == null ? "" : password, email);
        if (problem != null) {
            errors.put(PASSWORD, problem);
        }
        if (confirmation == null || confirmation.isEmpty()) {
            errors.put(CONFIRMATION, "Enter the password again to confirm it");
        } else if (problem == null && !confirmation.equals(password)) {
            errors.put(CONFIRMATION, "The passwords do not match");
        }
        return errors;
    }

    private static String problemWith(String password, String email) {
        if (password.isEmpty()) {
            return "Enter a password";
        }
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return "Password must be " + MINIMUM_LENGTH + " characters or more";
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return "Password must be " + MAXIMUM_LENGTH + " characters or fewer";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return "Password is too long: use fewer accented letters or symbols";
        }
        if (CommonPasswords.contains(password)) {
            return "This password is one of the most commonly used, so it is easy to guess: choose another. "
                    + "Three random words make a strong password you can remember";
        }
        if (email != null && password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
            return "Password must not be your email address";
        }
        return null;
    }

    /** The shipped list (resources identity/common-passwords.txt.gz, with its source and licence beside it). */
    static final class CommonPasswords {

        private static final java.util.Set<String> LIST = load();

        private CommonPasswords() {
        }

        static boolean contains(String password) {
            String lower = password.strip().toLowerCase(Locale.ROOT);
            String word = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
            return LIST.contains(lower) || LIST.contains(lower.replace(" ", "")) || (!word.isEmpty() && LIST.contains(word));
        }

        private static java.util.Set<String> load() {
            try (var in = new java.util.zip.GZIPInputStream(java.util.Objects.requireNonNull(
                    PasswordRules.class.getResourceAsStream("/identity/common-passwords.txt.gz")));
                    var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().filter(line -> !line.isBlank()).collect(java.util.stream.Collectors.toUnmodifiableSet());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("The list of common passwords could not be read", e);
            }
        }
    }
}
