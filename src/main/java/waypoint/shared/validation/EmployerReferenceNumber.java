package waypoint.shared.validation;

import java.util.Optional;

/**
 * The employer reference number the ILR records as the employer identifier: 9 digits, the last a check digit
 * (docs/domain/identifiers.md, "Employer reference number").
 */
public final class EmployerReferenceNumber {

    private EmployerReferenceNumber() {
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("\\s+", "");
    }

    public static Optional<String> problem(String raw) {
        String ern = normalise(raw);
        if (ern == null || !ern.matches("[1-9]\\d{8}")) {
            return Optional.of("Enter an employer reference number that is 9 digits, like 100000002");
        }
        if (!checkDigitMatches(ern)) {
            return Optional.of("Enter a valid employer reference number: check it against the employer's record in "
                    + "the apprenticeship service");
        }
        return Optional.empty();
    }

    /** The first eight digits times 9, 8 … 2, added up; 11 minus the remainder on dividing by 11 (11 gives 0). */
    private static boolean checkDigitMatches(String ern) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (ern.charAt(i) - '0') * (9 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == ern.charAt(8) - '0';
    }
}
