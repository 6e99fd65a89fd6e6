package waypoint.catalogue;

import java.util.Optional;

/**
 * Published when an administrator records (or clears) a standard version's minimum off-the-job hours for compliance,
 * so the pace of the apprenticeships on that version is worked out again with it. Empty {@code hours}: not recorded,
 * unknown (never zero).
 */
public record MinimumOtjHoursRecorded(String referenceNumber, String version, Optional<Integer> hours) {
}
