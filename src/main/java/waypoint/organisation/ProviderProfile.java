package waypoint.organisation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provider's details, once an administrator has entered them. */
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
}
