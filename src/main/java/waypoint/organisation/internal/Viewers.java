package waypoint.organisation.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.organisation.EmployerId;
import waypoint.shared.ids.TypedId;

/** Finds the records that tie a signed-in person to learners, in one query. */
@Component
public class Viewers {

    private final JdbcClient jdbc;

    Viewers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Viewer of(CurrentUser user) {
        return jdbc.sql("""
                SELECT (SELECT id FROM staff_member WHERE account_id = :account) AS staff_id,
                       (SELECT id FROM employer_contact WHERE account_id = :account) AS contact_id,
                       (SELECT employer_id FROM employer_contact WHERE account_id = :account) AS employer_id,
                       (SELECT id FROM learner WHERE account_id = :account) AS learner_id""")
                .param("account", user.id())
                .query((rs, n) -> new Viewer(user, rs.getObject("staff_id", UUID.class),
                        rs.getObject("contact_id", UUID.class),
                        TypedId.of(rs.getObject("employer_id", UUID.class), EmployerId::new),
                        rs.getObject("learner_id", UUID.class)))
                .single();
    }
}
