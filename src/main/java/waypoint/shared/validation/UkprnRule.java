package waypoint.organisation.validation;

import java.util.Optional;

/**
 * The UK provider reference number: 8 digits, 10000000 to 99999999, as the UK Register of Learning Providers gives it.
 */
public final class Ukprn {

    private Ukprn() {
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("\\s+", "");
    }

    public static Optional<String> problem(String raw) {
        String ukprn = normalise(raw);
        if (ukprn == null || !ukprn.matches("[1-9]\\d{7}")) {
            return Optional.of("Enter a UKPRN that is 8 digits, like 10012345");
        }
        return Optional.empty();
    }
}
