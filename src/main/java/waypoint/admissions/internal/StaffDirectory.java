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

    public List<StaffMember> tutors() {
        return withRoles(List.of("TUTOR", "LEAD"));
    }

    public List<StaffMember> recruiters() {
        return withRoles(List.of("ADMINISTRATOR", "HEAD_OF_DELIVERY", "LEAD"));
    }
}
