package waypoint.shared.audit;

/** Published whenever someone views a record marked sensitive (a learner's health declaration, a safeguarding case). */
public record SensitiveRecordViewed(String recordType, String recordId, String what) {
}
