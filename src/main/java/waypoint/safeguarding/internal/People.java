package waypoint.safeguarding.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.identity.Role;

/**
 * The few facts about people this module reads straight from the identity and organisation tables, as a read model:
 * who holds a role (to tell them of a new concern), which learner has a ULN, a learner's name, and which learners on a
 * tutor's caseload have an open safeguarding matter the lead chose to share.
 */
@Component
class People {

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> accountsHolding(Role role) {
        return jdbc.sql("""
                SELECT r.user_id FROM identity.user_role r JOIN identity.user_account a ON a.id = r.user_id
                WHERE r.role = :role AND a.status = 'ACTIVE'""")
                .param("role", role.name()).query(UUID.class).list();
    }

    Optional<UUID> learnerWithUln(String uln) {
        return jdbc.sql("SELECT id FROM organisation.learner WHERE uln = :uln AND uln <> '9999999999'").param("uln", uln)
                .query(UUID.class).optional();
    }

    Optional<LearnerName> learner(UUID learnerId) {
        return jdbc.sql("""
                SELECT l.full_name AS name, s.name AS tutor_name FROM organisation.learner l
                LEFT JOIN learner_apprenticeship r ON r.learner_id = l.id
                LEFT JOIN organisation.staff_member s ON s.id = r.tutor_id WHERE l.id = :id""")
                .param("id", learnerId).query(LearnerName.class).optional();
    }

    record LearnerName(String name, String tutorName) {
    }

    /** Learners on this tutor's caseload with an open safeguarding matter flagged to the tutor: names only. */
    List<FlaggedLearner> flaggedFor(UUID tutorAccountId) {
        return jdbc.sql("""
                SELECT DISTINCT l.id, l.full_name AS name, lower(l.family_name) AS family, lower(l.given_names) AS given
                FROM concern c JOIN organisation.learner l ON l.id = c.learner_id
                     LEFT JOIN learner_apprenticeship r ON r.learner_id = l.id
                     JOIN organisation.staff_member s ON s.id = r.tutor_id
                WHERE s.account_id = :account AND c.tutor_flag_shared AND c.status <> 'CLOSED'
                ORDER BY family, given, l.id LIMIT 50""")
                .param("account", tutorAccountId)
                .query((rs, n) -> new FlaggedLearner(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }
}
