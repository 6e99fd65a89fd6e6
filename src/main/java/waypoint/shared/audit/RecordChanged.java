package waypoint.shared.audit;

import java.util.UUID;

/**
 * Published by a module whenever it creates, changes or removes a record, so the audit trail can say who did what.
 * Who and from where are taken from the request by the audit module; the summaries are short, human-readable
 * accounts of the record before and after, never secrets; {@code reason} is the reason the person gave for a correction,
 * or null (docs/domain/retention.md, "Rectification").
 */
public record RecordChanged(String recordType, String recordId, Action action, String before, String after,
        String reason) {

    public RecordChanged(String recordType, String recordId, Action action, String before, String after) {
        this(recordType, recordId, action, before, after, null);
    }

    public enum Action {
        CREATED, UPDATED, DELETED, SIGNED_IN, SIGN_IN_FAILED, LOCKED, UNLOCKED
    }

    public static RecordChanged created(String recordType, UUID id, String after) {
        return new RecordChanged(recordType, String.valueOf(id), Action.CREATED, null, after);
    }

    public static RecordChanged updated(String recordType, UUID id, String before, String after) {
        return new RecordChanged(recordType, String.valueOf(id), Action.UPDATED, before, after);
    }

    /** A correction of someone's details, with the reason the person who made it gave. */
    public static RecordChanged corrected(String recordType, UUID id, String before, String after, String reason) {
        return new RecordChanged(recordType, String.valueOf(id), Action.UPDATED, before, after, reason);
    }

    public static RecordChanged deleted(String recordType, UUID id, String before) {
        return new RecordChanged(recordType, String.valueOf(id), Action.DELETED, before, null);
    }
}
