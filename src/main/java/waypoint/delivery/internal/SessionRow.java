package waypoint.delivery.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import waypoint.delivery.SessionState;

/** A session as stored. {@code kind} is ONE_TO_ONE or GROUP; the place or the remote link (or both) say where. */
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
}
