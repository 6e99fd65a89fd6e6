package waypoint.organisation.internal.learner;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import waypoint.organisation.EmployerId;
import waypoint.shared.ids.TypedId;

/**
 * What a page of a list shows of each row's current apprenticeships ({@link WorksWith}), read for the page's rows in
 * one grouped query each, never one query per row: a page of learners' employers and tutors, a page of tutors' or
 * employers' counts of learners. Each reads the published view {@code learner_apprenticeship} narrowed by the page's
 * ids, so through the apprenticeships' indexes (docs/performance.md, "Everyday lists").
 */
@Component
public class CurrentApprenticeships {

    /** Who a learner on the page works with, by name; any part null when their apprenticeship names none. */
    public record Named(EmployerId employerId, String employerName, UUID tutorId, String tutorName) {
    }

    private final JdbcClient jdbc;

    CurrentApprenticeships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The employer and tutor of each learner given who has an apprenticeship (the others are left out). */
    public Map<UUID, Named> of(Collection<UUID> learnerIds) {
        Map<UUID, Named> named = new HashMap<>();
        if (learnerIds.isEmpty()) {
            return named;
        }
        jdbc.sql("""
                SELECT r.learner_id, e.id AS employer_id, e.name AS employer_name,
                       s.id AS tutor_id, s.name AS tutor_name
                FROM learner_apprenticeship r LEFT JOIN employer e ON e.id = r.employer_id
                     LEFT JOIN staff_member s ON s.id = r.tutor_id
                WHERE r.learner_id = ANY(:ids)""")
                .param("ids", learnerIds.toArray(UUID[]::new))
                .query((rs, n) -> named.put(rs.getObject("learner_id", UUID.class),
                        new Named(TypedId.of(rs.getObject("employer_id", UUID.class), EmployerId::new),
                                rs.getString("employer_name"),
                                rs.getObject("tutor_id", UUID.class), rs.getString("tutor_name"))))
                .list();
        return named;
    }

    /** How many learners each tutor given has on their caseload (their current apprenticeship's tutor); 0 for none. */
    public Map<UUID, Long> caseloads(Collection<UUID> staffIds) {
        return counted(WorksWith.TUTOR, staffIds);
    }

    /** How many learners each employer given has as apprentices (their current apprenticeship's employer). */
    public Map<UUID, Long> apprentices(Collection<UUID> employerIds) {
        return counted(WorksWith.EMPLOYER, employerIds);
    }

    private Map<UUID, Long> counted(String column, Collection<UUID> ids) {
        Map<UUID, Long> counts = new HashMap<>();
        ids.forEach(id -> counts.put(id, 0L));
        if (ids.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT " + column + " AS id, count(*) AS learners FROM learner l " + WorksWith.JOIN + " WHERE "
                        + column + " = ANY(:ids) GROUP BY " + column)
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> counts.put(rs.getObject("id", UUID.class), rs.getLong("learners")))
                .list();
        return counts;
    }
}
