package waypoint.shared.validation;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The unique learner number: 10 digits whose last is a check digit. Source: docs/domain/identifiers.md (multiply digits
 * 1 to 9 by 10, 9, ... 2, sum, take mod 11; a remainder of 0 is invalid, else the check digit is 10 - remainder).
 * 9999999999 is the temporary ULN: allowed, but flagged, and not for levy-funded apprentices.
 */
public final class UlnRule {

    public static final String TEMPORARY = "9999999999";

    private UlnRule() {
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

    /** Ten digits whose last is the check digit of the first nine (the temporary ULN is not: see isTemporary). */
    public static boolean checkDigitMatches(String uln) {
        if (uln == null || !uln.matches("\\d{10}")) {
            return false;
        }
        OptionalInt check = checkDigit(uln.substring(0, 9));
        return check.isPresent() && check.getAsInt() == uln.charAt(9) - '0';
    }

    /**
     * The check digit that follows nine digits: multiply them by 10, 9 … 2, add up, and take 10 minus the remainder on
     * dividing by 11; empty when the remainder is 0 (no ULN starts with those nine digits).
     */
    public static OptionalInt checkDigit(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("\\d{9}")) {
            throw new IllegalArgumentException("A ULN's check digit follows nine digits");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return remainder == 0 ? OptionalInt.empty() : OptionalInt.of(10 - remainder);
    }
}
