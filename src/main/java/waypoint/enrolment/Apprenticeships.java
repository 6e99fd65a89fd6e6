package waypoint.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.internal.apprenticeship.StatusChanges;
import waypoint.organisation.EmployerId;
import waypoint.organisation.LearnerId;
import waypoint.organisation.StaffMemberId;

/**
 * Apprenticeships as other modules read them. These reads are not authorised here: a module showing an
 * apprenticeship to someone asks {@link ApprenticeshipAccess} first.
 */
@Service
public class Apprenticeships {

    /** The summary's columns, for queries of this module too (alias {@code a} for table apprenticeship). */
    public static final String SELECT = """
            SELECT a.id, a.learner_id, l.account_id AS learner_account_id, l.full_name AS learner_name,
                   a.employer_id, e.name AS employer_name, a.line_manager_id, m.account_id AS line_manager_account_id,
                   m.name AS line_manager_name, a.standard_reference, a.standard_version, sv.title AS standard_title,
                   sv.level, a.tutor_id, t.account_id AS tutor_account_id, t.name AS tutor_name, a.start_date,
                   a.planned_end_date, a.epa_period_months, a.weekly_hours, a.status, a.migrated
            FROM apprenticeship a
                 JOIN organisation.learner l ON l.id = a.learner_id
                 JOIN organisation.employer e ON e.id = a.employer_id
                 JOIN organisation.staff_member t ON t.id = a.tutor_id
                 LEFT JOIN organisation.employer_contact m ON m.id = a.line_manager_id
                 LEFT JOIN catalogue.standard_version sv ON sv.reference_number = a.standard_reference
                                              AND sv.version = a.standard_version
            """;

    private static final String ACTIVE_FIRST = "CASE WHEN a.status IN ('ONBOARDING', 'IN_LEARNING',"
            + " 'BREAK_IN_LEARNING', 'GATEWAY', 'END_POINT_ASSESSMENT') THEN 0 ELSE 1 END";

    private final JdbcClient jdbc;
    private final StatusChanges changes;

    Apprenticeships(JdbcClient jdbc, StatusChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public Optional<ApprenticeshipSummary> find(ApprenticeshipId id) {
        return jdbc.sql(SELECT + "WHERE a.id = :id").param("id", id).query(Apprenticeships::summary).optional();
    }

    /** The learner's apprenticeships, the newest first. */
    @Transactional(readOnly = true)
    public List<ApprenticeshipSummary> ofLearner(LearnerId learnerId) {
        return jdbc.sql(SELECT + "WHERE a.learner_id = :learner ORDER BY a.start_date DESC, a.created_at DESC")
                .param("learner", learnerId).query(Apprenticeships::summary).list();
    }

    /** The signed-in learner's active apprenticeship, or else their newest. */
    @Transactional(readOnly = true)
    public Optional<ApprenticeshipSummary> currentForLearnerAccount(UUID accountId) {
        return jdbc.sql(SELECT + "WHERE l.account_id = :account ORDER BY " + ACTIVE_FIRST
                        + ", a.start_date DESC, a.created_at DESC LIMIT 1")
                .param("account", accountId).query(Apprenticeships::summary).optional();
    }

    /** An employer's apprenticeships, active first, then by learner name (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<ApprenticeshipSummary> ofEmployer(EmployerId employerId, int limit) {
        return jdbc.sql(SELECT + "WHERE a.employer_id = :employer ORDER BY " + ACTIVE_FIRST
                        + ", lower(l.family_name), lower(l.given_names), a.id LIMIT :limit")
                .param("employer", employerId).param("limit", limit).query(Apprenticeships::summary).list();
    }

    /** The ids of the apprenticeships on a standard version (its figures changed), in no particular order. */
    @Transactional(readOnly = true)
    public List<ApprenticeshipId> onStandardVersion(String referenceNumber, String version) {
        return jdbc.sql("SELECT a.id FROM apprenticeship a WHERE a.standard_reference = :reference"
                        + " AND a.standard_version = :version")
                .param("reference", referenceNumber).param("version", version)
                .query((rs, n) -> new ApprenticeshipId(rs.getObject(1, UUID.class))).list();
    }

    /** The breaks in learning, oldest first; the last has no end date while the apprentice is on it. */
    @Transactional(readOnly = true)
    public List<BreakInLearning> breaksOf(ApprenticeshipId apprenticeshipId) {
        return changes.breaksOf(apprenticeshipId);
    }

    /** The same for many apprenticeships in one query (keep the list to a few hundred): every id answered. */
    @Transactional(readOnly = true)
    public java.util.Map<ApprenticeshipId, List<BreakInLearning>> breaksOf(
            java.util.Collection<ApprenticeshipId> apprenticeshipIds) {
        return changes.breaksOf(apprenticeshipIds);
    }

    public static ApprenticeshipSummary summary(ResultSet rs, int n) throws SQLException {
        return new ApprenticeshipSummary(new ApprenticeshipId(rs.getObject("id", UUID.class)),
                new LearnerId(rs.getObject("learner_id", UUID.class)),
                rs.getObject("learner_account_id", UUID.class), rs.getString("learner_name"),
                new EmployerId(rs.getObject("employer_id", UUID.class)), rs.getString("employer_name"),
                rs.getObject("line_manager_id", UUID.class), rs.getObject("line_manager_account_id", UUID.class),
                rs.getString("line_manager_name"), rs.getString("standard_reference"),
                rs.getString("standard_version"), rs.getString("standard_title"),
                rs.getObject("level", Integer.class), new StaffMemberId(rs.getObject("tutor_id", UUID.class)),
                rs.getObject("tutor_account_id", UUID.class), rs.getString("tutor_name"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("planned_end_date", LocalDate.class),
                rs.getObject("epa_period_months", Integer.class), rs.getBigDecimal("weekly_hours"),
                ApprenticeshipStatus.valueOf(rs.getString("status")), rs.getBoolean("migrated"));
    }
}
