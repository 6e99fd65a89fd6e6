package waypoint.identity.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import waypoint.shared.web.FieldValidationException;

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

    /** What a form says when the new password is not typed again. */
    public static final String ENTER_CONFIRMATION = "Enter the password again to confirm it";

    private PasswordRules() {
    }

    /**
     * Refuses a new password that breaks a rule ({@link #PASSWORD}), or a confirmation that is not the same
     * ({@link #CONFIRMATION}), the first found: what a form checks already, and the rule no form can check, that it is
     * not the person's email address.
     */
    public static void requireAcceptable(String password, String confirmation, String email) {
        String problem = problemWith(password == null ? "" : password, email);
        if (problem != null) {
            throw new FieldValidationException(PASSWORD, problem);
        }
        if (!password.equals(confirmation)) {
            throw new FieldValidationException(CONFIRMATION, "The passwords do not match");
        }
    }

    /** What is wrong with a new password, whoever's it is; empty when it is acceptable. */
    public static Optional<String> problem(String password) {
        return Optional.ofNullable(problemWith(password == null ? "" : password, null));
    }

    /**
     * On a form: a new password that follows the rules every password does, said in the rule's words; whether it is
     * the person's email address is left to {@link #requireAcceptable}, which knows whose it is.
     */
    @Documented
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = AcceptableCheck.class)
    public @interface Acceptable {

        String message() default "Enter a password";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Acceptable}. */
    public static final class AcceptableCheck implements ConstraintValidator<Acceptable, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            Optional<String> problem = problem(value);
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.get().replace("\\", "\\\\").replace("$", "\\$")
                    .replace("{", "\\{")).addConstraintViolation();
            return false;
        }
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
