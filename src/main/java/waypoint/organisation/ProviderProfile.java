package waypoint.organisation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provider's details, once an administrator has entered them, and its own planning policy. */
@Service
public class ProviderProfile {

    private final JdbcClient jdbc;

    ProviderProfile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<ProviderDetails> details() {
        return jdbc.sql("""
                SELECT name, ukprn, address_line1, address_line2, address_town AS town, address_postcode AS postcode,
                       email, phone
                FROM provider WHERE id = 1""")
                .query(ProviderDetails.class).optional();
    }

    /**
     * The staff who hold a role, by name, for contact lists: the designated safeguarding officer a learner is told of
     * at induction (the learner handbook, “Our designated safeguarding officer is”), for example.
     */
    @Transactional(readOnly = true)
    public java.util.List<StaffContact> staffWithRole(waypoint.identity.Role role) {
        return jdbc.sql("""
                SELECT s.name, s.email, s.phone FROM staff_member s JOIN staff_role r ON r.staff_id = s.id
                WHERE r.role = :role ORDER BY lower(s.name), s.id LIMIT 10""")
                .param("role", role.name()).query(StaffContact.class).list();
    }

    /**
     * The provider's planning policy; with no provider record yet there is no policy of its own, so the funding rules
     * alone apply.
     */
    @Transactional(readOnly = true)
    public PlanningPolicy planningPolicy() {
        return jdbc.sql("SELECT otj_percentage_of_contracted_hours, review_interval_weeks FROM provider WHERE id = 1")
                .query((rs, row) -> new PlanningPolicy(
                        Optional.ofNullable(rs.getBigDecimal("otj_percentage_of_contracted_hours")),
                        Optional.ofNullable(rs.getObject("review_interval_weeks", Integer.class))))
                .optional().orElse(PlanningPolicy.fundingRulesOnly());
    }
}
