package waypoint.enrolment;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on an apprenticeship besides its tutor, with their part (client partner, pastoral lead...) and how to
 * reach them, and the line manager's email: the people a support case writes to. Not authorised here: a module
 * showing these asks {@link ApprenticeshipAccess} first.
 */
@Service
public class ApprenticeshipPeople {

    private final JdbcClient jdbc;

    ApprenticeshipPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Person(StaffPart part, UUID accountId, String name, String email) {
    }

    /** The other staff working on it, in part order. */
    @Transactional(readOnly = true)
    public List<Person> otherStaff(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                SELECT x.part, s.account_id, s.name, s.email FROM apprenticeship_staff x
                JOIN organisation.staff_member s ON s.id = x.staff_id
                WHERE x.apprenticeship_id = :id ORDER BY x.part, s.name""")
                .param("id", apprenticeshipId)
                .query((rs, n) -> new Person(StaffPart.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4))).list();
    }

    /** The tutor's and the line manager's emails (the line manager's null when none is named). */
    @Transactional(readOnly = true)
    public Contacts contacts(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                SELECT t.email, m.email, l.email FROM apprenticeship a
                JOIN organisation.staff_member t ON t.id = a.tutor_id
                JOIN organisation.learner l ON l.id = a.learner_id
                LEFT JOIN organisation.employer_contact m ON m.id = a.line_manager_id WHERE a.id = :id""")
                .param("id", apprenticeshipId)
                .query((rs, n) -> new Contacts(rs.getString(1), rs.getString(2), rs.getString(3))).optional()
                .orElse(new Contacts(null, null, null));
    }

    public record Contacts(String tutorEmail, String lineManagerEmail, String learnerEmail) {
    }
}
