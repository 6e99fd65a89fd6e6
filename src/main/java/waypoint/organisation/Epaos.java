package waypoint.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The EPAO directory as other modules read it (the EPA booking picks an organisation from it). The directory is the
 * provider's reference list, not anyone's record: the calling module's own policy decides who sees it.
 */
@Service
public class Epaos {

    private final JdbcClient jdbc;

    Epaos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Epao(UUID id, String name, String epaoId, String contactName, String contactEmail) {
    }

    /** Every EPAO by name (a provider works with a handful). */
    @Transactional(readOnly = true)
    public List<Epao> all() {
        return jdbc.sql("SELECT id, name, epao_id, contact_name, contact_email FROM epao ORDER BY lower(name), id")
                .query((rs, n) -> new Epao(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    @Transactional(readOnly = true)
    public Optional<Epao> find(UUID id) {
        return jdbc.sql("SELECT id, name, epao_id, contact_name, contact_email FROM epao WHERE id = :id")
                .param("id", id).query((rs, n) -> new Epao(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).optional();
    }
}
