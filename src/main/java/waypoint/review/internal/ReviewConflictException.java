package waypoint.review.internal;

import java.util.List;

/**
 * Someone else changed the review since this person was shown it: an editor whose draft is kept, or a signer shown
 * an earlier version of the record. {@code changes} says what changed.
 */
public class ReviewConflictException extends RuntimeException {

    private final List<String> changes;

    public ReviewConflictException(String message, List<String> changes) {
        super(message);
        this.changes = List.copyOf(changes);
    }

    public List<String> changes() {
        return changes;
    }
}
