package waypoint.shared.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode: an outward code (area letters, district digit, optional letter or digit) and an inward code
 * (a digit and two letters), stored in upper case with one space between them, like SW1A 1AA. The letter rules
 * follow the Royal Mail format as the ONS Postcode Directory user guide describes it; BFPO and overseas
 * territories' codes are not accepted.
 */
public final class PostcodeRule {

    private static final Pattern FORMAT = Pattern.compile(
            "(GIR 0AA|[A-PR-UWYZ](\\d[A-HJKPSTUW\\d]?|[A-HK-Y]\\d[ABEHMNPRV-Y\\d]?) \\d[ABD-HJLNP-UW-Z]{2})");

    private PostcodeRule() {
    }

    /** Upper case, and one space before the inward code (the last three characters). */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5) {
            return compact;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    public static Optional<String> problem(String raw) {
        String postcode = normalise(raw);
        if (postcode == null || !FORMAT.matcher(postcode).matches()) {
            return Optional.of("Enter a real postcode, like SW1A 1AA");
        }
        return Optional.empty();
    }
}
