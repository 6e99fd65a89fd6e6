package waypoint.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmbeddedDatabasePasswordTest {

    @Test
    void in_production_the_embedded_database_does_not_start_without_a_password_and_says_what_to_set() {
        assertThatThrownBy(() -> EmbeddedDatabasePassword.check("", true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Set WAYPOINT_DB_PASSWORD");
        assertThatThrownBy(() -> EmbeddedDatabasePassword.check(null, true)).hasMessageContaining("WAYPOINT_DB_URL");
        assertThatThrownBy(() -> EmbeddedDatabasePassword.check("short", true)).hasMessageContaining("at least 12");
    }

    @Test
    void in_production_a_password_is_required_of_every_connection_and_outside_it_none_is_needed() {
        assertThat(EmbeddedDatabasePassword.check("a-long-enough-secret", true)).isEqualTo("a-long-enough-secret");
        assertThat(EmbeddedDatabasePassword.check("", false)).isNull();
        assertThat(EmbeddedDatabasePassword.check("chosen", false)).isEqualTo("chosen");
    }
}
