package waypoint.portfolio.internal;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link QualitySample} and saves what it changed (a new sample, or the response that closes a
 * disagreement, refused when someone closed it first); then publishes its events. The only writer of samples.
 */
@Component
class QualitySampleRepository {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    QualitySampleRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<QualitySample.Row> find(UUID sampleId) {
        return jdbc.sql("SELECT id, assessment_id, reviewer_id, agrees, comments, sampled_at, closed_at, closed_by,"
                        + " response FROM portfolio_iqa_sample WHERE id = :id").param("id", sampleId)
                .query((rs, n) -> new QualitySample.Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getBoolean(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        rs.getObject(8, UUID.class), rs.getString(9)))
                .optional();
    }

    void save(QualitySample sample) {
        QualitySample.Row r = sample.row();
        if (sample.isNew()) {
            jdbc.sql("INSERT INTO portfolio_iqa_sample (id, assessment_id, reviewer_id, agrees, comments, sampled_at)"
                            + " VALUES (:id, :d, :by, :agrees, :comments, :at)")
                    .param("id", r.id()).param("d", r.decisionId()).param("by", r.reviewerId())
                    .param("agrees", r.agrees()).param("comments", r.comments())
                    .param("at", Timestamp.from(r.sampledAt())).update();
        } else if (r.closedAt() != null) {
            int closed = jdbc.sql("UPDATE portfolio_iqa_sample SET closed_at = :at, closed_by = :by, response = :r"
                            + " WHERE id = :id AND closed_at IS NULL")
                    .param("at", Timestamp.from(r.closedAt())).param("by", r.closedBy()).param("r", r.response())
                    .param("id", r.id()).update();
            if (closed == 0) {
                throw new EvidenceRefusedException("This disagreement is already closed");
            }
        }
        sample.events().forEach(events::publishEvent);
    }
}
