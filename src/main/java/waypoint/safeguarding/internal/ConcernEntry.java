package waypoint.safeguarding.internal;

import java.time.Instant;
import java.util.UUID;

import waypoint.safeguarding.Agency;

/** One line of a concern's chronology, decrypted. */
public record ConcernEntry(UUID id, Instant occurredAt, String authorName, EntryKind kind, Agency agency,
        String referenceNumber, String details) {

    public enum EntryKind {
        RAISED("Concern raised"), TRIAGED("Triaged"), REFERRAL("Referral to an external agency"),
        SUPPORT("Support put in place"), SIGNPOSTING("Signposted"), NOTE("Note"),
        TUTOR_FLAG_SHARED("Tutor told a safeguarding matter is open"),
        TUTOR_FLAG_WITHDRAWN("Tutor flag withdrawn"), UPDATE_SHARED("Update shared with the person who raised it"),
        CLOSED("Closed"), REOPENED("Reopened");

        private final String label;

        EntryKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
