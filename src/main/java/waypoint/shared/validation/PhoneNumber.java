package waypoint.shared.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A telephone number, UK or international: digits with optional spaces, dashes or brackets and a leading +;
 * 10 to 15 digits (a UK number has 10 or 11 with its leading 0; E.164 allows at most 15).
 */
public final class PhoneNumber {

    private static final Pattern CHARACTERS = Pattern.compile("\\+?[\\d ()-]+");

    private PhoneNumber() {
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().replaceAll("\\s+", " ");
    }

    public static Optional<String> problem(String raw) {
        String phone = normalise(raw);
        if (phone == null || !CHARACTERS.matcher(phone).matches()) {
            return Optional.of(MESSAGE);
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        return digits >= 10 && digits <= 15 ? Optional.empty() : Optional.of(MESSAGE);
    }

    private static final String MESSAGE = "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192";
}
