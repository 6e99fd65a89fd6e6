package waypoint.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Where a page of the audit trail ends: the (occurred at, id) of its oldest entry. The next page holds the entries
 * strictly older than it (keyset pagination), which stays fast however long the trail grows, unlike an offset.
 * Written as {@code 2026-04-27T09:15:30.123456Z_42}.
 */
public record AuditCursor(Instant occurredAt, long id) {

    private static final String SEPARATOR = "_";

    public static Optional<AuditCursor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int split = text.lastIndexOf(SEPARATOR);
        if (split < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AuditCursor(Instant.parse(text.substring(0, split)),
                    Long.parseLong(text.substring(split + 1))));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return occurredAt + SEPARATOR + id;
    }
}
