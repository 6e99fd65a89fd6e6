package waypoint.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.support.WaypointTest;

/** Other modules read the planned off-the-job hours of an apprenticeship's newest training plan version. */
@WaypointTest
class TrainingPlansTest {

    @Autowired
    TrainingPlans plans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_planned_hours_are_those_of_the_newest_plan_version() {
        UUID apprenticeship = jdbc.sql("SELECT apprenticeship_id FROM training_plan_version ORDER BY number DESC LIMIT 1")
                .query(UUID.class).single();
        String newest = jdbc.sql("""
                SELECT canonical_text FROM training_plan_version WHERE apprenticeship_id = :id
                ORDER BY number DESC LIMIT 1""").param("id", apprenticeship).query(String.class).single();

        BigDecimal planned = plans.plannedOtjHours(new ApprenticeshipId(apprenticeship)).orElseThrow();

        assertThat(planned).isPositive();
        assertThat(newest).contains(planned.stripTrailingZeros().toPlainString());
    }

    @Test
    void an_apprenticeship_without_a_plan_has_no_planned_hours_yet() {
        assertThat(plans.plannedOtjHours(new ApprenticeshipId(UUID.randomUUID()))).isEmpty();
    }
}
