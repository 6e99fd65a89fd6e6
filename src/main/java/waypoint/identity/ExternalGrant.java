package waypoint.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A grant of read-only access to someone outside the provider, as other modules and pages see it: who, what kind,
 * what they may see ({@link Scope}), from and to which day, who granted it and whether it was ended early.
 */
public record ExternalGrant(UUID id, UUID accountId, String personName, String email, String organisation,
        ExternalKind kind, Scope scope, LocalDate startsOn, LocalDate endsOn, String grantedByName, Instant grantedAt,
        Instant endedAt, String endedByName, State state) {

    /** What the grant covers: a funding audit sample's or named apprenticeships, or every one on a standard. */
    public record Scope(Kind kind, String label, String standardReference, Set<UUID> apprenticeshipIds) {

        public enum Kind {
            SAMPLE, STANDARD, APPRENTICESHIPS
        }

        public Scope {
            apprenticeshipIds = apprenticeshipIds == null ? Set.of() : Set.copyOf(apprenticeshipIds);
        }

        public static Scope sample(String label, Set<UUID> apprenticeshipIds) {
            return new Scope(Kind.SAMPLE, label, null, apprenticeshipIds);
        }

        public static Scope standard(String label, String reference) {
            return new Scope(Kind.STANDARD, label, reference, Set.of());
        }

        public static Scope apprenticeships(String label, Set<UUID> apprenticeshipIds) {
            return new Scope(Kind.APPRENTICESHIPS, label, null, apprenticeshipIds);
        }
    }

    /** Where the grant is on a given day. */
    public enum State {
        NOT_STARTED("Not started"), OPEN("Open"), ENDED("Ended");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** The last day they could use it: the end date, or the day it was ended early. */
    public LocalDate lastDay(java.time.ZoneId zone) {
        if (endedAt == null) {
            return endsOn;
        }
        LocalDate ended = endedAt.atZone(zone).toLocalDate();
        return ended.isBefore(endsOn) ? ended : endsOn;
    }
}
