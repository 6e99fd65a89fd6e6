package waypoint.shared.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address people can be sent invitations at: something, an @, and a domain with a dot, with no spaces.
 * Deliberately loose (the GOV.UK Design System advises against strict checks); stored in lower case, as accounts are.
 */
public final class EmailAddress {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAXIMUM_LENGTH = 254;

    private EmailAddress() {
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> problem(String raw) {
        String email = normalise(raw);
        if (email == null || email.length() > MAXIMUM_LENGTH || !FORMAT.matcher(email).matches()) {
            return Optional.of("Enter an email address in the correct format, like name@example.com");
        }
        return Optional.empty();
    }
}
