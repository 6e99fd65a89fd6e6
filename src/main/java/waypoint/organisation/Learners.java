package waypoint.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.organisation.internal.learner.WorksWith;
import waypoint.shared.ids.TypedId;

/**
 * Learners as other modules read them. These reads are not authorised here: a module showing a learner to someone
 * asks {@link LearnerAccess} first.
 */
@Service
public class Learners {

    /** Who the learner works with comes from their apprenticeship ({@link WorksWith}): none while they have none. */
    private static final String SELECT = """
            SELECT l.id, l.account_id, l.given_names, l.family_name, l.uln, l.email, e.id AS employer_id,
                   e.name AS employer_name, s.id AS tutor_id, s.account_id AS tutor_account_id, s.name AS tutor_name,
                   m.id AS manager_id, m.account_id AS manager_account_id, m.name AS manager_name
            FROM learner l\s""" + WorksWith.JOIN + " LEFT JOIN employer e ON e.id = " + WorksWith.EMPLOYER
            + " LEFT JOIN staff_member s ON s.id = " + WorksWith.TUTOR
            + " LEFT JOIN employer_contact m ON m.id = " + WorksWith.LINE_MANAGER + " ";

    private final JdbcClient jdbc;

    Learners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<LearnerSummary> find(LearnerId learnerId) {
        return jdbc.sql(SELECT + "WHERE l.id = :id").param("id", learnerId).query(Learners::summary).optional();
    }

    /** The learner record of a signed-in learner's account, if they have one. */
    @Transactional(readOnly = true)
    public Optional<LearnerSummary> findByAccount(UUID accountId) {
        return jdbc.sql(SELECT + "WHERE l.account_id = :account").param("account", accountId)
                .query(Learners::summary).optional();
    }

    /** The learners assigned to the tutor with this account, by name (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<LearnerSummary> caseloadOf(UUID tutorAccountId, int limit) {
        return jdbc.sql(SELECT + """
                WHERE s.account_id = :account
                ORDER BY lower(l.family_name), lower(l.given_names), l.id LIMIT :limit""")
                .param("account", tutorAccountId).param("limit", limit).query(Learners::summary).list();
    }

    /**
     * Learners whose record was added from {@code from} (included) to {@code to} (excluded), oldest first (at most {@code limit}): until
     * apprenticeships carry start dates, the record's creation stands for the learner's start (used by the
     * feedback module to send satisfaction surveys in a learner's first three months). Pages of {@code limit}: the
     * page after {@code skip} learners, so a caller reads them all, a page at a time.
     */
    @Transactional(readOnly = true)
    public List<LearnerSummary> addedBetween(java.time.Instant from, java.time.Instant to, int skip, int limit) {
        return jdbc.sql(SELECT + "WHERE l.created_at >= :from AND l.created_at < :to ORDER BY l.created_at, l.id"
                        + " OFFSET :skip LIMIT :limit")
                .param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .param("skip", skip).param("limit", limit).query(Learners::summary).list();
    }

    /**
     * The accounts of the line managers of every learner's current apprenticeship, each once (for the yearly
     * employer survey): one read, however many learners there are.
     */
    @Transactional(readOnly = true)
    public List<UUID> lineManagerAccounts() {
        return jdbc.sql("SELECT DISTINCT m.account_id FROM learner l " + WorksWith.JOIN
                        + " JOIN employer_contact m ON m.id = " + WorksWith.LINE_MANAGER
                        + " WHERE m.account_id IS NOT NULL ORDER BY m.account_id")
                .query(UUID.class).list();
    }

    /**
     * A learner's date of birth, for the funding rules (age at the start decides English and maths). Not part of
     * {@link LearnerSummary}, since employer contacts may not see it.
     */
    @Transactional(readOnly = true)
    public Optional<java.time.LocalDate> dateOfBirth(LearnerId learnerId) {
        return jdbc.sql("SELECT date_of_birth FROM learner WHERE id = :id").param("id", learnerId)
                .query(java.time.LocalDate.class).optional();
    }

    /**
     * The same for many learners in one query (a nightly run reads a few hundred at a time); a learner without one is
     * left out.
     */
    @Transactional(readOnly = true)
    public java.util.Map<LearnerId, java.time.LocalDate> datesOfBirth(java.util.Collection<LearnerId> learnerIds) {
        java.util.Map<LearnerId, java.time.LocalDate> born = new java.util.HashMap<>();
        if (learnerIds.isEmpty()) {
            return born;
        }
        jdbc.sql("SELECT id, date_of_birth FROM learner WHERE id IN (:ids) AND date_of_birth IS NOT NULL")
                .param("ids", java.util.Set.copyOf(learnerIds))
                .query(rs -> {
                    born.put(new LearnerId(rs.getObject(1, UUID.class)), rs.getObject(2, java.time.LocalDate.class));
                });
        return born;
    }

    /**
     * Who the learner's record named when they were added, before apprenticeships alone recorded it, if kept: a
     * suggestion for recording their apprenticeship, never who they work with (that is {@link #find}).
     */
    @Transactional(readOnly = true)
    public Optional<AddedWith> addedWith(LearnerId learnerId) {
        return jdbc.sql("""
                SELECT employer_id, line_manager_id, tutor_id FROM learner_works_with_as_added
                WHERE learner_id = :id AND employer_id IS NOT NULL""")
                .param("id", learnerId)
                .query((rs, n) -> new AddedWith(new EmployerId(rs.getObject("employer_id", UUID.class)),
                        rs.getObject("line_manager_id", UUID.class),
                        TypedId.of(rs.getObject("tutor_id", UUID.class), StaffMemberId::new)))
                .optional();
    }

    /** Ids of an employer, one of its contacts (or null) and a tutor (or null). */
    public record AddedWith(EmployerId employerId, UUID lineManagerId, StaffMemberId tutorId) {
    }

    private static LearnerSummary summary(ResultSet rs, int n) throws SQLException {
        return new LearnerSummary(new LearnerId(rs.getObject("id", UUID.class)), rs.getObject("account_id", UUID.class),
                rs.getString("given_names"), rs.getString("family_name"), rs.getString("uln"), rs.getString("email"),
                TypedId.of(rs.getObject("employer_id", UUID.class), EmployerId::new), rs.getString("employer_name"),
                TypedId.of(rs.getObject("tutor_id", UUID.class), StaffMemberId::new), rs.getObject("tutor_account_id", UUID.class),
                rs.getString("tutor_name"), rs.getObject("manager_id", UUID.class),
                rs.getObject("manager_account_id", UUID.class), rs.getString("manager_name"));
    }
}
