package waypoint.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import waypoint.review.ReviewState;

/** A progress review as stored (without its record's versions). */
public record ReviewRow(UUID id, UUID apprenticeshipId, int number, ReviewState state, LocalDate anchorDate,
        LocalDate dueDate, String dueExplanation, String exceptionReason, String exceptionAgreedBy,
        LocalDate exceptionAgreedOn, Instant meetingAt, String meetingPlace, LocalDate heldOn,
        LocalDate suggestedDate, String reflection, String draftJson, int recordVersion, Instant signedAt,
        int lockVersion) {

    /** Not held by its due date. */
    public boolean overdueOn(LocalDate today) {
        return state.toBeHeld() && dueDate != null && dueDate.isBefore(today);
    }

    /** Paused by a break in learning: nothing is due until the apprentice returns. */
    public boolean paused() {
        return state.toBeHeld() && dueDate == null;
    }

    public boolean hasException() {
        return exceptionReason != null;
    }
}
