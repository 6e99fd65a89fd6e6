package waypoint.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import waypoint.shared.audit.RecordChanged;

/**
 * What an administrator asks of the audit trail; every part is optional (null for "any"). Dates are whole days in
 * Europe/London, both included; {@code before} continues from an earlier page.
 */
public record AuditSearch(String recordType, String recordId, String action, String actor, LocalDate from,
        LocalDate to, AuditCursor before) {

    /** The action recorded for a view of a sensitive record. */
    public static final String VIEWED = "VIEWED";

    /** Every action the trail records: the changes modules report, and views of sensitive records. */
    public static final List<String> ACTIONS = Stream.concat(
            Stream.of(RecordChanged.Action.values()).map(Enum::name), Stream.of(VIEWED)).toList();

    public static AuditSearch everything() {
        return new AuditSearch(null, null, null, null, null, null, null);
    }
}
