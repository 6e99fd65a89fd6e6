package waypoint.epa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.catalogue.AssessmentComponent;
import waypoint.catalogue.AssessmentComponent.Marker;
import waypoint.catalogue.AssessmentComponent.Window;
import waypoint.catalogue.GradedComponent;
import waypoint.catalogue.GradingBasis;
import waypoint.catalogue.GradingRow;
import waypoint.catalogue.GradingScheme;
import waypoint.catalogue.ReformedPlan;
import waypoint.epa.internal.EpaStore.Result;
import waypoint.support.TestClock;

/** A reformed plan's overall grade: none until every component has a final grade, then the grading table's. */
class ReformedAssessmentTest {

    private static final TestClock CLOCK = new TestClock();

    static final ReformedPlan PLAN = new ReformedPlan(List.of(
            new AssessmentComponent("Test", Window.ON_PROGRAMME, Marker.PROVIDER, 2),
            new AssessmentComponent("Discussion", Window.AFTER_GATEWAY, Marker.ASSESSMENT_ORGANISATION, 1)),
            Optional.empty());
    static final GradingScheme SCHEME = new GradingScheme(GradingBasis.METHODS, List.of(
            new GradedComponent("Test", List.of("Fail", "Pass")),
            new GradedComponent("Discussion", List.of("Fail", "Pass", "Distinction"))),
            List.of("Fail", "Pass", "Distinction"), List.of(
                    new GradingRow(List.of("Fail", "Fail"), "Fail"), new GradingRow(List.of("Fail", "Pass"), "Fail"),
                    new GradingRow(List.of("Fail", "Distinction"), "Fail"),
                    new GradingRow(List.of("Pass", "Fail"), "Fail"), new GradingRow(List.of("Pass", "Pass"), "Pass"),
                    new GradingRow(List.of("Pass", "Distinction"), "Distinction")), Optional.empty(), true);

    static Result result(String component, String grade, int attempt) {
        return new Result(UUID.randomUUID(), component, grade, attempt, LocalDate.of(2026, 6, attempt),
                CLOCK.instant(), null, null, null, null);
    }

    @Test
    void no_overall_grade_while_a_component_is_missing_or_may_still_be_resat() {
        assertThat(ReformedAssessment.of(PLAN, SCHEME, List.of(result("Discussion", "Pass", 1)), true).overall())
                .isEmpty();
        ReformedAssessment resitDue = ReformedAssessment.of(PLAN, SCHEME, List.of(result("Test", "Fail", 1),
                result("Discussion", "Pass", 1)), true);
        assertThat(resitDue.overall()).as("the test may be resat").isEmpty();
        assertThat(resitDue.missing()).containsExactly("Test");
        assertThat(ReformedAssessment.of(PLAN, SCHEME, List.of(result("Test", "Fail", 1), result("Test", "Fail", 2),
                result("Discussion", "Pass", 1)), true).overall()).contains("Fail");
    }

    @Test
    void every_final_grade_gives_the_overall_grade_and_an_upheld_appeal_s_revision_changes_it() {
        ReformedAssessment done = ReformedAssessment.of(PLAN, SCHEME, List.of(result("Test", "Pass", 1),
                result("Discussion", "Pass", 1)), true);
        assertThat(done.overall()).contains("Pass");
        assertThat(done.revised("Discussion", "Distinction").overall()).contains("Distinction");
    }

    @Test
    void the_gateway_checklist_item_is_met_only_once_every_on_programme_component_is_passed_or_out_of_attempts() {
        record Case(List<Result> results, boolean met, String evidence) {
        }
        List<Case> cases = List.of(
                new Case(List.of(), false, "Test: ready to be taken"),
                new Case(List.of(result("Test", "Fail", 1)), false, "1 of 2 attempts left"),
                new Case(List.of(result("Test", "Pass", 1)), true, "Test: Pass, its final grade"),
                new Case(List.of(result("Test", "Fail", 1), result("Test", "Pass", 2)), true, "Pass, its final grade"),
                new Case(List.of(result("Test", "Fail", 1), result("Test", "Fail", 2)), true, "Fail, its final grade"),
                // a component after the gateway is not asked for before it
                new Case(List.of(result("Test", "Pass", 1), result("Discussion", "Fail", 1)), true, "Test: Pass"));
        for (Case c : cases) {
            List<GatewayChecklist.Item> items = GatewayChecklist.withOnProgrammeComponents(List.of(),
                    ReformedAssessment.of(PLAN, SCHEME, c.results(), false));
            assertThat(items).hasSize(1);
            GatewayChecklist.Item item = items.get(0);
            assertThat(item.met()).as(c.toString()).isEqualTo(c.met());
            assertThat(item.evidence()).as(c.toString()).contains(c.evidence());
            assertThat(GatewayChecklist.mayBeWaived(item)).as("never waived").isFalse();
        }
        // a plan with no component during the programme adds nothing
        ReformedPlan afterOnly = new ReformedPlan(List.of(PLAN.components().get(1)), Optional.empty());
        assertThat(GatewayChecklist.withOnProgrammeComponents(List.of(), ReformedAssessment.of(afterOnly, SCHEME,
                List.of(), false))).isEmpty();
    }
}
