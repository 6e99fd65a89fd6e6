package waypoint.enrolment.internal.apprenticeship;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;

/** Finds a person's staff, employer-contact and learner records in one query. */
@Component
public class ApprenticeshipViewers {

    private final JdbcClient jdbc;

    ApprenticeshipViewers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ApprenticeshipViewer of(CurrentUser user) {
        return jdbc.sql("""
                SELECT (SELECT id FROM organisation.staff_member WHERE account_id = :account) AS staff_id,
                       (SELECT employer_id FROM organisation.employer_contact WHERE account_id = :account) AS employer_id,
                       (SELECT id FROM organisation.learner WHERE account_id = :account) AS learner_id""")
                .param("account", user.id())
                .query((rs, n) -> new ApprenticeshipViewer(user, rs.getObject("staff_id", UUID.class),
                        rs.getObject("employer_id", UUID.class), rs.getObject("learner_id", UUID.class)))
                .single();
    }
}
