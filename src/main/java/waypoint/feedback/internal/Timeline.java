package waypoint.feedback.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What happened to a case, in order: the timeline on its page and in the API. */
@Component
public class Timeline {

    public record Entry(Instant at, String actor, String what, String detail) {
    }

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID feedbackId, Instant at, String actor, String what, String detail) {
        jdbc.sql("INSERT INTO feedback_event (feedback_id, at, actor, what, detail) VALUES (:f, :at, :actor, :what, :detail)")
                .param("f", feedbackId).param("at", java.sql.Timestamp.from(at)).param("actor", actor)
                .param("what", what).param("detail", detail).update();
    }

    public List<Entry> of(UUID feedbackId) {
        return jdbc.sql("SELECT at, actor, what, detail FROM feedback_event WHERE feedback_id = :f ORDER BY at, id")
                .param("f", feedbackId)
                .query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("what"), rs.getString("detail")))
                .list();
    }

    void addHandler(UUID feedbackId, UUID accountId) {
        if (accountId != null) {
            jdbc.sql("INSERT INTO feedback_handler (feedback_id, account_id) VALUES (:f, :a) ON CONFLICT DO NOTHING")
                    .param("f", feedbackId).param("a", accountId).update();
        }
    }

    boolean isHandler(UUID feedbackId, UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM feedback_handler WHERE feedback_id = :f AND account_id = :a")
                .param("f", feedbackId).param("a", accountId).query(Integer.class).single() > 0;
    }
}
