package waypoint.admissions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The provider's staff as organisation publishes them (its views organisation.staff_member and staff_role). */
@Component
public class StaffDirectory {

    public record StaffMember(UUID id, UUID accountId, String name) {
    }

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffMember> byAccount(UUID accountId) {
        return jdbc.sql("SELECT id, account_id, name FROM organisation.staff_member WHERE account_id = :a")
                .param("a", accountId).query(StaffMember.class).optional();
    }

    public Optional<StaffMember> find(UUID staffId) {
        return staffId == null ? Optional.empty()
                : jdbc.sql("SELECT id, account_id, name FROM organisation.staff_member WHERE id = :id")
                        .param("id", staffId).query(StaffMember.class).optional();
    }

    /** Staff holding any of the roles, by name. */
    public List<StaffMember> withRoles(List<String> roles) {
        return jdbc.sql("""
                SELECT DISTINCT s.id, s.account_id, s.name FROM organisation.staff_member s
                JOIN organisation.staff_role r ON r.staff_id = s.id
                WHERE r.role IN (:roles) ORDER BY s.name""").param("roles", roles).query(StaffMember.class).list();
    }

    /** Who may lead a cohort: a tutor or a team leader. */
    private static final String LEADS = """
            SELECT s.id, s.account_id, s.name FROM organisation.staff_member s
            WHERE EXISTS (SELECT 1 FROM organisation.staff_role r WHERE r.staff_id = s.id AND r.role IN ('TUTOR', 'LEAD'))
            """;

    /**
     * Every member of staff who may lead a cohort, by name, when there are at most {@code most}; otherwise none, and
     * the form asks for a search. Only {@code most + 1} are read to tell.
     */
    public Optional<List<StaffMember>> leadsIfAtMost(int most) {
        List<StaffMember> leads = jdbc.sql("SELECT * FROM (" + LEADS + " LIMIT :most) s ORDER BY lower(s.name), s.id")
                .param("most", most + 1).query(StaffMember.class).list();
        return leads.size() > most ? Optional.empty() : Optional.of(leads);
    }

    /** Those who may lead a cohort whose name contains the words typed (in any case), by name: at most {@code most}. */
    public List<StaffMember> leadsMatching(String typed, int most) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LEADS + " AND s.name ILIKE :name ESCAPE '\\' ORDER BY lower(s.name), s.id LIMIT :most")
                .param("name", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("most", most).query(StaffMember.class).list();
    }

    /** The member of staff, if they may lead a cohort. */
    public Optional<StaffMember> lead(UUID staffId) {
        return staffId == null ? Optional.empty()
                : jdbc.sql(LEADS + " AND s.id = :id").param("id", staffId).query(StaffMember.class).optional();
    }

    public List<StaffMember> recruiters() {
        return withRoles(List.of("ADMINISTRATOR", "HEAD_OF_DELIVERY", "LEAD"));
    }
}
