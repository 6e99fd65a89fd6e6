package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.WaypointTest;

/** The demo provider's apprenticeships: one at every stage, the demo learner's in learning. */
@WaypointTest
class DemoApprenticeshipsTest {

    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    waypoint.enrolment.TrainingPlans plans;

    /**
     * The demo's recent and coming starts (the demo's today is in December 2026) follow the rule pack of their start
     * date: those from 1 August 2026 the 2026 to 2027 rules, with the minimum off-the-job hours unknown (not 0) where
     * the standard version's figure is not recorded (an apprenticeship standard's: a foundation apprenticeship plans 187).
     */
    @Test
    void the_demos_starts_from_august_2026_are_evaluated_by_the_2026_to_2027_rules() {
        var recent = jdbc.sql("""
                SELECT a.id FROM apprenticeship a JOIN learner l ON l.id = a.learner_id
                WHERE l.email LIKE '%@learners.test' AND a.start_date >= DATE '2026-08-01'""")
                .query(java.util.UUID.class).list();
        org.junit.jupiter.api.Assumptions.assumeFalse(recent.isEmpty(), "the demo's today is before August 2026");
        for (var id : recent) {
            assertThat(plans.ruleEvaluation(new ApprenticeshipId(id))).hasValueSatisfying(evaluation -> {
                assertThat(evaluation.pack().name()).isEqualTo("Starts from 1 August 2026");
                // a foundation apprenticeship plans at least 187 h whatever is published (docs/domain/programme-types.md)
                if (evaluation.facts().standard().publishedMinimumOtjHours().isEmpty()
                        && evaluation.programmeType() == waypoint.rules.ProgrammeType.APPRENTICESHIP_STANDARD) {
                    assertThat(evaluation.minimumOtjHours()).isEmpty();
                }
            });
        }
    }

    @Test
    void the_demo_learner_is_in_learning() {
        var learner = accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow();
        assertThat(apprenticeships.currentForLearnerAccount(learner.id())).hasValueSatisfying(a -> {
            assertThat(a.status()).isEqualTo(ApprenticeshipStatus.IN_LEARNING);
            assertThat(a.tutorName()).isEqualTo(DemoAccounts.TUTOR.displayName());
            assertThat(a.lineManagerName()).isEqualTo(DemoAccounts.EMPLOYER.displayName());
        });
    }

    @Test
    void the_demo_employer_has_several_apprentices() {
        var northgate = organisation.findEmployer("Northgate Engineering Ltd").orElseThrow();
        assertThat(apprenticeships.ofEmployer(northgate, 25)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void there_is_a_demo_apprenticeship_at_every_stage_and_a_migrated_one() {
        Map<String, Long> byStatus = jdbc.sql("""
                SELECT a.status FROM apprenticeship a JOIN learner l ON l.id = a.learner_id
                WHERE l.email LIKE '%@learners.test' OR l.email = 'learner@waypoint.test'""")
                .query(String.class).list().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(byStatus.keySet()).containsAll(Arrays.stream(ApprenticeshipStatus.values()).map(Enum::name).toList());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM apprenticeship a JOIN learner l ON l.id = a.learner_id
                WHERE a.migrated AND l.email LIKE '%@learners.test'""").query(Long.class).single()).isPositive();
    }
}
