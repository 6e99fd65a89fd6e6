package waypoint.enrolment.internal.apprenticeship;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipScope;
import waypoint.organisation.LearnerId;
import waypoint.organisation.Learners;
import waypoint.shared.ids.TypedId;

/**
 * The people and organisations to choose from on the apprenticeship pages, by name. Lists are capped: a provider
 * with more than {@link #MOST} of a kind needs a search here instead.
 */
@Component
public class Choices {

    /** The answer to one choice: the id sent, and the name shown. */
    public record Option(String value, String text) {
    }

    static final int MOST = 1000;

    private final JdbcClient jdbc;
    private final Learners learners;

    Choices(JdbcClient jdbc, Learners learners) {
        this.jdbc = jdbc;
        this.learners = learners;
    }

    /** Learners within the scope of apprenticeships someone may see, or every learner for provider-wide staff. */
    public List<Option> learners(ApprenticeshipScope scope) {
        // who a learner works with is their current apprenticeship's (the view this module publishes): a learner with
        // none yet is on nobody's caseload and no employer's list, so only provider-wide staff find them here
        String where = switch (scope.kind()) {
            case EVERYONE -> "TRUE";
            case STAFF -> "r.tutor_id = :" + ApprenticeshipScope.PARAMETER;
            case EMPLOYER -> "r.employer_id = :" + ApprenticeshipScope.PARAMETER;
            case LEARNER -> "l.id = :" + ApprenticeshipScope.PARAMETER;
            // people outside the provider choose nothing: they change no records
            case NAMED, NOBODY -> "FALSE";
        };
        return jdbc.sql("SELECT l.id, l.full_name || ' (ULN ' || l.uln || ')' AS text FROM organisation.learner l"
                        + " LEFT JOIN learner_apprenticeship r ON r.learner_id = l.id WHERE " + where
                        + " ORDER BY lower(l.family_name), lower(l.given_names), l.id LIMIT " + MOST)
                .params(scope.sqlParameters()).query(Choices::option).list();
    }

    public List<Option> employers() {
        return jdbc.sql("SELECT id, name AS text FROM organisation.employer ORDER BY lower(name), id LIMIT " + MOST)
                .query(Choices::option).list();
    }

    public List<Option> contactsOf(UUID employerId) {
        return jdbc.sql("SELECT id, name AS text FROM organisation.employer_contact WHERE employer_id = :employer"
                        + " ORDER BY lower(name), id LIMIT " + MOST)
                .param("employer", employerId).query(Choices::option).list();
    }

    public List<Option> tutors() {
        return jdbc.sql("""
                SELECT s.id, s.name AS text FROM organisation.staff_member s
                WHERE EXISTS (SELECT 1 FROM organisation.staff_role r WHERE r.staff_id = s.id AND r.role = 'TUTOR')
                ORDER BY lower(s.name), s.id LIMIT""" + " " + MOST).query(Choices::option).list();
    }

    public List<Option> staff() {
        return jdbc.sql("SELECT id, name AS text FROM organisation.staff_member ORDER BY lower(name), id LIMIT " + MOST)
                .query(Choices::option).list();
    }

    public List<Option> epaos() {
        return jdbc.sql("SELECT id, name || ' (' || epao_id || ')' AS text FROM organisation.epao"
                        + " ORDER BY lower(name), id LIMIT "
                + MOST).query(Choices::option).list();
    }

    /**
     * The employer and line manager to suggest when recording a learner's apprenticeship: those of their current (or
     * latest) apprenticeship, else those their record named when it was added, if kept.
     */
    public java.util.Optional<UUID[]> employerAndManagerOf(UUID learnerId) {
        return jdbc.sql("SELECT employer_id, line_manager_id FROM learner_apprenticeship WHERE learner_id = :id")
                .param("id", learnerId)
                .query((rs, n) -> new UUID[] {rs.getObject("employer_id", UUID.class),
                        rs.getObject("line_manager_id", UUID.class)}).optional()
                .or(() -> learners.addedWith(TypedId.of(learnerId, LearnerId::new))
                        .map(added -> new UUID[] {added.employerId().value(), added.lineManagerId()}));
    }

    /** The names of learners, employers, contacts, staff and EPAOs by id, in one query. */
    public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("""
                SELECT id, full_name AS text FROM organisation.learner WHERE id IN (:ids)
                UNION ALL SELECT id, name FROM organisation.employer WHERE id IN (:ids)
                UNION ALL SELECT id, name FROM organisation.employer_contact WHERE id IN (:ids)
                UNION ALL SELECT id, name FROM organisation.staff_member WHERE id IN (:ids)
                UNION ALL SELECT id, name FROM organisation.epao WHERE id IN (:ids)""")
                .param("ids", wanted).query(Choices::option).list().stream()
                .collect(java.util.stream.Collectors.toMap(o -> UUID.fromString(o.value()), Option::text,
                        (a, b) -> a));
    }

    private static Option option(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Option(rs.getString("id"), rs.getString("text"));
    }
}
