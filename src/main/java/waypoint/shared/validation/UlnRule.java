package waypoint.organisation.validation;

import java.util.Optional;

/**
 * The unique learner number: 10 digits whose last is a check digit. Source: docs/domain/identifiers.md (multiply digits
 * 1 to 9 by 10, 9, ... 2, sum, take mod 11; a remainder of 0 is invalid, else the check digit is 10 - remainder).
 * 9999999999 is the temporary ULN: allowed, but flagged, and not for levy-funded apprentices.
 */
public final class Uln {

    public static final String TEMPORARY = "9999999999";

    private Uln() {
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("\\s+", "");
    }

    public static Optional<String> problem(String raw) {
        String uln = normalise(raw);
        if (uln == null || !uln.matches("\\d{10}")) {
            return Optional.of("Enter a ULN that is 10 digits, like 1234567899");
        }
        if (isTemporary(uln) || checkDigitMatches(uln)) {
            return Optional.empty();
        }
        return Optional.of("Enter a real ULN: the last digit of this one does not match the others");
    }

    public static boolean isTemporary(String uln) {
        return TEMPORARY.equals(normalise(uln));
    }

    private static boolean checkDigitMatches(String uln) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (uln.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return remainder != 0 && 10 - remainder == uln.charAt(9) - '0';
    }
}
