package waypoint.feedback.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface FeedbackRepository extends ListCrudRepository<Feedback, UUID> {

    /** Stage 2 complaints whose month to reply ended before {@code today} (index feedback_escalate_by_idx). */
    @Query("""
            SELECT * FROM feedback WHERE status = 'RESPONDED' AND kind = 'COMPLAINT' AND stage = 2
            AND escalate_by < :today ORDER BY escalate_by LIMIT 500""")
    List<Feedback> findQuietAfterStage2(LocalDate today);

    /** Open cases with a response or acknowledgement due on or before {@code until}. */
    @Query("""
            SELECT * FROM feedback WHERE status IN ('RECEIVED', 'ACKNOWLEDGED')
            AND (respond_by <= :until OR (status = 'RECEIVED' AND acknowledge_by <= :until))
            ORDER BY respond_by LIMIT 1000""")
    List<Feedback> findDueBy(LocalDate until);
}
