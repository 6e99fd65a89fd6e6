package waypoint.shared.operations;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PreparedAheadOfTimeTest {

    @Test
    void a_prepared_node_refuses_a_profile_whose_beans_the_preparation_left_out() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("scale-data");

        assertThatThrownBy(() -> PreparedAheadOfTime.check(environment))
                .hasMessageContaining("scale-data")
                .hasMessageContaining("without -Dspring.aot.enabled=true");
    }

    @Test
    void a_prepared_node_starts_in_production_whose_profile_only_sets_values() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");

        assertThatCode(() -> PreparedAheadOfTime.check(environment)).doesNotThrowAnyException();
    }
}
