package waypoint.shared.calendar;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where the bank holidays in use come from: the file shipped with Waypoint (version 0) or an administrator's upload
 * (its stored version), and the years it covers; other years are computed and marked estimated.
 */
public record CalendarSource(long version, String fileName, Instant uploadedAt, String uploadedBy, int firstYear,
        int lastYear) implements Serializable {

    public static final long SHIPPED_VERSION = 0;

    public boolean isShipped() {
        return version == SHIPPED_VERSION;
    }

    /** A short account for the audit trail. */
    public String summary() {
        return (isShipped() ? "shipped file" : "uploaded file " + fileName) + " covering " + firstYear + "–" + lastYear;
    }
}
