package waypoint.delivery.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import waypoint.delivery.SessionState;

/**
 * A teaching session. {@code kind} is ONE_TO_ONE or GROUP; the place or the remote link (or both) say where. It
 * changes only through its intention-named methods, each checked by {@link SessionTable}, which answer the
 * {@link Change} that {@link SessionStore#apply} writes (docs/domain/teaching-sessions.md).
 */
public record SessionRow(UUID id, String kind, SessionState state, Instant startsAt, int durationMinutes,
        String place, String remoteLink, String topic, List<String> plannedKsbs, UUID tutorAccountId,
        String tutorName, String delivered, String cancelReason, Instant recordedAt, int sequence, int lockVersion,
        Instant createdAt, Instant updatedAt) {

    public Instant endsAt() {
        return startsAt.plusSeconds(durationMinutes * 60L);
    }

    public boolean group() {
        return "GROUP".equals(kind);
    }

    public String kindWords() {
        return group() ? "Group" : "One-to-one";
    }

    /** Where, in words: the place, the remote link, or both. */
    public String where() {
        if (place != null && remoteLink != null) {
            return place + " or online: " + remoteLink;
        }
        return place != null ? place : remoteLink == null ? "" : "Online: " + remoteLink;
    }

    /** A scheduled session whose time has come: the tutor records it next. */
    public boolean toRecord(Instant now) {
        return state == SessionState.SCHEDULED && !startsAt.isAfter(now);
    }

    /** The columns a move may set besides the state, which only the table decides. */
    public enum Column {
        STARTS_AT("starts_at"), DURATION_MINUTES("duration_minutes"), PLACE("place"), REMOTE_LINK("remote_link"),
        CANCEL_REASON("cancel_reason"), DELIVERED("delivered"), RECORDED_AT("recorded_at");

        private final String column;

        Column(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /**
     * One checked move: from the state the session was read in to the state the table gives, with its values;
     * {@code newCalendarSequence} when calendars must replace the event they hold (moved or cancelled).
     */
    public record Change(UUID sessionId, int lockVersion, SessionState from, SessionState to,
            Map<Column, Object> values, boolean newCalendarSequence) {

        public Change {
            values = Collections.unmodifiableMap(values);
        }
    }

    private Change move(SessionTable.Action action, int expectedLockVersion, Map<Column, Object> values,
            boolean newCalendarSequence) {
        SessionState to = SessionTable.require(state, action);
        Map<Column, Object> all = new EnumMap<>(Column.class);
        all.putAll(values);
        return new Change(id, expectedLockVersion, state, to, all, newCalendarSequence);
    }

    /** Moves the session to another time or place. */
    public Change reschedule(int expectedLockVersion, Instant newStart, int minutes, String newPlace, String link) {
        Map<Column, Object> values = new EnumMap<>(Column.class);
        values.put(Column.STARTS_AT, newStart);
        values.put(Column.DURATION_MINUTES, minutes);
        values.put(Column.PLACE, newPlace);
        values.put(Column.REMOTE_LINK, link);
        return move(SessionTable.Action.RESCHEDULE, expectedLockVersion, values, true);
    }

    /** Cancels the session, saying why. */
    public Change cancel(int expectedLockVersion, String reason) {
        return move(SessionTable.Action.CANCEL, expectedLockVersion, Map.of(Column.CANCEL_REASON, reason), true);
    }

    /** Records what was delivered or assessed, once the session has taken place. */
    public Change record(int expectedLockVersion, String whatWasDelivered, Instant now) {
        if (startsAt.isAfter(now)) {
            throw new SessionRefusedException("A session is recorded once it has taken place: this one starts on "
                    + Dates.of(startsAt));
        }
        return move(SessionTable.Action.RECORD, expectedLockVersion, Map.of(Column.DELIVERED, whatWasDelivered,
                Column.RECORDED_AT, now), false);
    }
}
