package waypoint.shared.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A National Insurance number: two prefix letters, six digits and a suffix A to D, like QQ 12 34 56 C. Source:
 * HMRC National Insurance Manual NIM39110: the first letter is not D, F, I, Q, U or V; the second is not D, F, I,
 * O, Q, U or V; the prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued. (So the GOV.UK example QQ 12 34 56 C
 * is, on purpose, not a real number.)
 */
public final class NationalInsuranceNumberRule {

    private static final Pattern FORMAT = Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]");
    private static final Set<String> NEVER_ISSUED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    private NationalInsuranceNumberRule() {
    }

    /** Upper case without spaces, as payroll and the ILR hold it. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static Optional<String> problem(String raw) {
        String number = normalise(raw);
        if (number == null || !FORMAT.matcher(number).matches() || NEVER_ISSUED.contains(number.substring(0, 2))) {
            return Optional.of("Enter a National Insurance number in the correct format, like QQ 12 34 56 C");
        }
        return Optional.empty();
    }
}
