package waypoint.catalogue.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        return Optional.ofNullable(findAll(List.of(versionId)).get(versionId));
    }

    /** The plans of these versions in two queries whatever their number; a version without one is left out. */
    public Map<UUID, ReformedPlan> findAll(Collection<UUID> versionIds) {
        Map<UUID, ReformedPlan> plans = new LinkedHashMap<>();
        if (versionIds.isEmpty()) {
            return plans;
        }
        Map<UUID, Optional<String>> sources = new LinkedHashMap<>();
        jdbc.sql("SELECT standard_version_id, source FROM standard_reformed_plan WHERE standard_version_id IN (:ids)")
                .param("ids", Set.copyOf(versionIds)).query(rs -> {
                    sources.put(rs.getObject(1, UUID.class), Optional.ofNullable(rs.getString(2)));
                });
        if (sources.isEmpty()) {
            return plans;
        }
        Map<UUID, List<AssessmentComponent>> components = new HashMap<>();
        jdbc.sql("""
                        SELECT standard_version_id, method, taken, marked_by, attempts_allowed
                        FROM standard_assessment_component WHERE standard_version_id IN (:ids)
                        ORDER BY standard_version_id, position""")
                .param("ids", sources.keySet())
                .query(rs -> {
                    components.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new AssessmentComponent(rs.getString(2),
                                    AssessmentComponent.Window.valueOf(rs.getString(3)),
                                    AssessmentComponent.Marker.valueOf(rs.getString(4)), rs.getInt(5)));
                });
        sources.forEach((id, source) -> plans.put(id,
                new ReformedPlan(new ArrayList<>(components.getOrDefault(id, List.of())), source)));
        return plans;
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
