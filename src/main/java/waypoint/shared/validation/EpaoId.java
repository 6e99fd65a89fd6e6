package waypoint.shared.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * The register's id of an end-point assessment organisation: EPA and 4 digits, like EPA0175, as the register of
 * end-point assessment organisations gives it.
 */
public final class EpaoId {

    private EpaoId() {
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static Optional<String> problem(String raw) {
        String id = normalise(raw);
        if (id == null || !id.matches("EPA\\d{4}")) {
            return Optional.of("Enter an EPAO ID in the correct format, like EPA0175");
        }
        return Optional.empty();
    }
}
