package waypoint.enrolment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One break in learning: when it began, when the apprentice expected to return, and when they did ({@code endDate},
 * null while the break goes on).
 */
public record BreakInLearning(LocalDate startDate, LocalDate expectedReturnDate, LocalDate endDate) {

    public boolean isOngoing() {
        return endDate == null;
    }

    /** Days from the start of the break to the return; empty while it goes on. */
    public Optional<Long> lengthInDays() {
        return Optional.ofNullable(endDate).map(end -> ChronoUnit.DAYS.between(startDate, end));
    }
}
