package waypoint.supportcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.support.WaypointTest;

/** The demo support cases: one at each of stages 1, 2 and 3, and one at stage 5 awaiting the appeal window. */
@WaypointTest
class DemoSupportCasesTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_has_cases_at_stages_one_two_three_and_five_and_computed_indicators() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, String> stages = jdbc.sql("""
                    SELECT l.email, c.stage FROM support_case c JOIN apprenticeship a ON a.id = c.apprenticeship_id
                    JOIN learner l ON l.id = a.learner_id
                    WHERE l.email IN ('learner@waypoint.test', 'bethany.barker@learners.test',
                                      'farah.fletcher@learners.test', 'ellis.evans@learners.test')""")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x));
            assertThat(stages).containsEntry("bethany.barker@learners.test", "STAGE_1")
                    .containsEntry("farah.fletcher@learners.test", "STAGE_2")
                    .containsEntry("learner@waypoint.test", "STAGE_3")
                    .containsEntry("ellis.evans@learners.test", "STAGE_5");
        });
        assertThat(jdbc.sql("""
                SELECT count(*) FROM support_case c JOIN support_recommendation r ON r.case_id = c.id
                    AND r.stage = 'STAGE_5' AND r.outcome = 'END_APPRENTICESHIP' AND r.email_sent_at IS NOT NULL
                WHERE c.appeal_deadline IS NOT NULL AND c.stage = 'STAGE_5'""").query(Long.class).single())
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM support_meeting m JOIN support_case c ON c.id = m.case_id"
                + " WHERE c.stage = 'STAGE_3'").query(Long.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM at_risk_indicator").query(Long.class).single()).isPositive();
    }
}
