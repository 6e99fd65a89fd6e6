package waypoint.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;

/**
 * The next progress review to be held, for other modules (the at-risk signals): its due date, so a reader can tell
 * how far past it is. Not authorised here.
 */
@Service
public class ReviewsDue {

    private final JdbcClient jdbc;

    ReviewsDue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The due date of the review still to be held (due or planned), when there is one. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> nextDue(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT due_date FROM progress_review WHERE apprenticeship_id = :id"
                        + " AND state IN ('DUE', 'PLANNED') AND due_date IS NOT NULL ORDER BY due_date LIMIT 1")
                .param("id", apprenticeshipId).query(LocalDate.class).optional();
    }

    /** The same for many apprenticeships in one query: those with a review still to be held, to its due date. */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, LocalDate> nextDue(Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, LocalDate> due = new HashMap<>();
        if (apprenticeshipIds.isEmpty()) {
            return due;
        }
        jdbc.sql("SELECT apprenticeship_id, min(due_date) FROM progress_review WHERE apprenticeship_id IN (:ids)"
                        + " AND state IN ('DUE', 'PLANNED') AND due_date IS NOT NULL GROUP BY apprenticeship_id")
                .param("ids", apprenticeshipIds)
                .query(rs -> {
                    due.put(new ApprenticeshipId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class));
                });
        return due;
    }
}
