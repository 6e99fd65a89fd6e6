package waypoint.shared.validation;

import java.util.Optional;

/**
 * The UK provider reference number: 8 digits starting with 1 (10000000 to 19999999), as the UK Register of Learning
 * Providers gives it (docs/domain/identifiers.md).
 */
public final class UkprnRule {

    private UkprnRule() {
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("\\s+", "");
    }

    public static Optional<String> problem(String raw) {
        String ukprn = normalise(raw);
        if (ukprn == null || !ukprn.matches("1\\d{7}")) {
            return Optional.of("Enter a UKPRN that is 8 digits starting with 1, like 10012345");
        }
        return Optional.empty();
    }
}
