package waypoint.safeguarding.internal;

import static waypoint.safeguarding.internal.ConcernStatus.CLOSED;
import static waypoint.safeguarding.internal.ConcernStatus.OPEN;
import static waypoint.safeguarding.internal.ConcernStatus.TRIAGED;

import java.util.Set;

/**
 * How a concern moves, as one table: a new concern is triaged (a risk level) before anything is done about it, so
 * nobody acts on a disclosure nobody has assessed; actions are recorded while it is in progress; it is closed with an
 * outcome and may be reopened if something new comes to light. Updates to the person who raised it may be shared at
 * any point after triage.
 */
public enum ConcernWorkflow {
    TRIAGE("Triage", Set.of(OPEN, TRIAGED), TRIAGED),
    RECORD_ACTION("Record an action", Set.of(TRIAGED), TRIAGED),
    SHARE_WITH_TUTOR("Tell the tutor a matter is open", Set.of(TRIAGED), TRIAGED),
    SHARE_UPDATE("Share an update with the person who raised it", Set.of(TRIAGED, CLOSED), null),
    CLOSE("Close with an outcome", Set.of(TRIAGED), CLOSED),
    REOPEN("Reopen", Set.of(CLOSED), TRIAGED);

    private final String label;
    private final Set<ConcernStatus> from;
    /** Null: the step leaves the status as it is. */
    private final ConcernStatus to;

    ConcernWorkflow(String label, Set<ConcernStatus> from, ConcernStatus to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    public Set<ConcernStatus> from() {
        return from;
    }

    public boolean allowedFrom(ConcernStatus status) {
        return from.contains(status);
    }

    public ConcernStatus after(ConcernStatus status) {
        return to == null ? status : to;
    }

    /** Why the step is refused in this status, in words for a problem detail or a page. */
    public String refusal(ConcernStatus status) {
        return switch (status) {
            case OPEN -> "Triage the concern (give it a risk level) before you " + label.toLowerCase() + ".";
            case CLOSED -> "The concern is closed: reopen it before you " + label.toLowerCase() + ".";
            case TRIAGED -> "The concern is already in progress: you cannot " + label.toLowerCase() + " now.";
        };
    }
}
