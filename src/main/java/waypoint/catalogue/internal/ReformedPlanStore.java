package waypoint.catalogue.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.catalogue.AssessmentComponent;
import waypoint.catalogue.ReformedPlan;

/** The reformed assessment plans (V56): one plan per standard version, its components in order. */
@Repository
public class ReformedPlanStore {

    private final JdbcClient jdbc;

    ReformedPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReformedPlan> find(UUID versionId) {
        Optional<String[]> plan = jdbc.sql("SELECT source FROM standard_reformed_plan WHERE standard_version_id = :id")
                .param("id", versionId).query((rs, n) -> new String[] {rs.getString(1)}).optional();
        return plan.map(p -> new ReformedPlan(jdbc.sql("""
                        SELECT method, taken, marked_by, attempts_allowed FROM standard_assessment_component
                        WHERE standard_version_id = :id ORDER BY position""")
                .param("id", versionId)
                .query((rs, n) -> new AssessmentComponent(rs.getString(1),
                        AssessmentComponent.Window.valueOf(rs.getString(2)),
                        AssessmentComponent.Marker.valueOf(rs.getString(3)), rs.getInt(4)))
                .list(), Optional.ofNullable(p[0])));
    }

    /** Replaces the version's plan with this one. */
    void save(UUID versionId, ReformedPlan plan, Instant at) {
        remove(versionId);
        jdbc.sql("INSERT INTO standard_reformed_plan (standard_version_id, source, changed_at) VALUES (:id, :source, :at)")
                .param("id", versionId).param("source", plan.source().orElse(null))
                .param("at", java.sql.Timestamp.from(at)).update();
        List<AssessmentComponent> components = plan.components();
        for (int i = 0; i < components.size(); i++) {
            AssessmentComponent c = components.get(i);
            jdbc.sql("""
                    INSERT INTO standard_assessment_component (standard_version_id, position, method, taken, marked_by,
                        attempts_allowed) VALUES (:id, :position, :method, :taken, :marker, :attempts)""")
                    .param("id", versionId).param("position", i).param("method", c.method())
                    .param("taken", c.window().name()).param("marker", c.markedBy().name())
                    .param("attempts", c.attemptsAllowed()).update();
        }
    }

    /** The version goes back to the end-point assessment. */
    boolean remove(UUID versionId) {
        return jdbc.sql("DELETE FROM standard_reformed_plan WHERE standard_version_id = :id").param("id", versionId)
                .update() > 0;
    }
}
