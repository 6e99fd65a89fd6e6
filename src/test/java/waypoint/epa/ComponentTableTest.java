package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.catalogue.AssessmentComponent;
import waypoint.catalogue.AssessmentComponent.Marker;
import waypoint.catalogue.AssessmentComponent.Window;
import waypoint.epa.internal.ComponentProgress;
import waypoint.epa.internal.ComponentTable;
import waypoint.epa.internal.ComponentTable.Action;
import waypoint.epa.internal.ComponentTable.State;
import waypoint.epa.internal.EpaRefusedException;
import waypoint.epa.internal.EpaStore.Result;
import waypoint.shared.workflow.StateDiagram;
import waypoint.support.TestClock;

/** The steps of one component of a reformed apprenticeship assessment, checked and drawn to docs/workflows. */
class ComponentTableTest {

    private static final TestClock CLOCK = new TestClock();

    static final AssessmentComponent AFTER = new AssessmentComponent("Discussion", Window.AFTER_GATEWAY,
            Marker.ASSESSMENT_ORGANISATION, 2);
    static final AssessmentComponent ON = new AssessmentComponent("Knowledge test", Window.ON_PROGRAMME,
            Marker.PROVIDER, 2);

    static Result attempt(int n, String grade) {
        return new Result(UUID.randomUUID(), "x", grade, n, LocalDate.of(2026, 3, n), CLOCK.instant(), null, null,
                "PROVIDER", "Pat Marker");
    }

    static ComponentProgress progress(AssessmentComponent c, boolean gatewayPassed, Result... attempts) {
        return new ComponentProgress(c, List.of("Fail", "Pass", "Distinction"), List.of(attempts), gatewayPassed);
    }

    @Test
    void every_step_in_the_table_is_allowed_and_every_other_is_refused_naming_the_component() {
        for (var row : ComponentTable.STEPS) {
            assertThat(ComponentTable.require("Discussion", row.from(), row.action())).isEqualTo(row.to());
        }
        for (State state : State.values()) {
            for (Action action : Action.values()) {
                if (!ComponentTable.allows(state, action)) {
                    assertThatThrownBy(() -> ComponentTable.require("Discussion", state, action))
                            .isInstanceOf(EpaRefusedException.class).hasMessageContaining("Discussion");
                }
            }
        }
    }

    @Test
    void a_component_after_the_gateway_waits_for_it_and_an_on_programme_one_does_not() {
        assertThat(progress(AFTER, false).state()).isEqualTo(State.WAITING_FOR_GATEWAY);
        assertThat(progress(AFTER, true).state()).isEqualTo(State.OPEN);
        assertThat(progress(ON, false).state()).isEqualTo(State.OPEN);
        assertThatThrownBy(() -> ComponentTable.require("Discussion", State.WAITING_FOR_GATEWAY, Action.RECORD_PASS))
                .hasMessageContaining("after the gateway to completion");
    }

    @Test
    void a_fail_with_attempts_left_is_a_resit_and_the_last_allowed_fail_is_final() {
        ComponentProgress once = progress(ON, false, attempt(1, "Fail"));
        assertThat(once.state()).isEqualTo(State.RESIT);
        assertThat(once.finalGrade()).isEmpty();
        ComponentProgress twice = progress(ON, false, attempt(1, "Fail"), attempt(2, "Fail"));
        assertThat(twice.state()).isEqualTo(State.FAILED);
        assertThat(twice.finalGrade()).contains("Fail");
        assertThatThrownBy(() -> ComponentTable.require("Knowledge test", State.FAILED, Action.RECORD_PASS))
                .hasMessageContaining("allows no more attempts");
        ComponentProgress passed = progress(ON, false, attempt(1, "Fail"), attempt(2, "Pass"));
        assertThat(passed.state()).isEqualTo(State.PASSED);
        assertThat(passed.finalGrade()).contains("Pass");
    }

    /** Draws the table to docs/workflows/assessment-component.md, which is kept in the repository. */
    @Test
    void the_diagram_in_docs_is_drawn_from_the_table() {
        StringBuilder states = new StringBuilder("| State | Words |\n|---|---|\n");
        for (State state : State.values()) {
            states.append("| ").append(state).append(" | ").append(state.words()).append(" |\n");
        }
        String intro = """
                Drawn from `ComponentTable` by `ComponentTableTest` (do not edit by hand); the rules are explained
                in [the assessment reform](../domain/assessment-reform.md). Each component of a reformed plan's
                apprenticeship assessment has these steps; its state is read from its attempts, the plan and the
                gateway. Guards beyond the table, kept by the EPA record whatever the route (page, API, import, demo
                data): a component the training provider marks is recorded by staff who manage the apprenticeship,
                with the name of the provider's marker; one the assessment organisation marks needs a booked sitting
                of the attempt, dated on or before the result; a grade must be one the component gives (its lowest is
                the fail); an on-programme component may be booked and recorded before the gateway to completion,
                one after it needs the gateway passed and moves the apprenticeship into the assessment; the overall
                grade is given only when every component is passed or failed with no attempts left, through the
                standard version's grading table, and a pass moves to passed, then the completion follows as in
                [the gateway and end-point assessment](gateway-and-epa.md).
                """;
        String md = StateDiagram.of(ComponentTable.STEPS, s -> StateDiagram.Step.of(s.from(), s.action().words(),
                        s.to()))
                .start(State.WAITING_FOR_GATEWAY, "A component taken after the gateway to completion")
                .start(State.OPEN, "A component taken during the programme")
                .end(State.PASSED, State.FAILED)
                .writeTo(Path.of("docs/workflows/assessment-component.md"), "A component of the apprenticeship"
                        + " assessment", intro, states.toString());
        assertThat(md).contains("OPEN --> RESIT: Record a failed attempt, with attempts left");
    }
}
