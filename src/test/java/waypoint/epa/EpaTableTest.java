package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import waypoint.epa.internal.EpaRefusedException;
import waypoint.epa.internal.EpaTable;
import waypoint.epa.internal.EpaTable.Action;
import waypoint.shared.workflow.StateDiagram;

/** The steps from the gateway to the certificate, checked step by step and drawn to docs/workflows. */
class EpaTableTest {

    @Test
    void every_step_in_the_table_is_allowed_and_leads_where_it_says() {
        for (EpaTable.Step step : EpaTable.STEPS) {
            assertThat(EpaTable.require(step.from(), step.action())).isEqualTo(step.to());
        }
    }

    @Test
    void every_step_not_in_the_table_is_refused_with_a_reason() {
        for (EpaStage stage : EpaStage.values()) {
            for (Action action : Action.values()) {
                boolean inTable = EpaTable.STEPS.stream().anyMatch(s -> s.from() == stage && s.action() == action);
                if (!inTable) {
                    assertThatThrownBy(() -> EpaTable.require(stage, action))
                            .isInstanceOf(EpaRefusedException.class)
                            .hasMessageContaining(stage.words().toLowerCase());
                }
            }
        }
    }

    @Test
    void a_result_before_the_gateway_is_refused_saying_the_gateway_comes_first() {
        assertThatThrownBy(() -> EpaTable.require(EpaStage.PREPARING, Action.RECORD_RESULT))
                .hasMessageContaining("a result comes after the gateway meeting");
        assertThatThrownBy(() -> EpaTable.require(EpaStage.GATEWAY, Action.RECORD_RESULT))
                .hasMessageContaining("book the assessment");
    }

    @Test
    void a_completion_without_a_pass_is_refused() {
        for (EpaStage stage : new EpaStage[] {EpaStage.PREPARING, EpaStage.GATEWAY, EpaStage.ASSESSMENT}) {
            assertThatThrownBy(() -> EpaTable.require(stage, Action.COMPLETE))
                    .hasMessageContaining("a completion needs an overall pass");
        }
        assertThat(EpaTable.require(EpaStage.PASSED, Action.COMPLETE)).isEqualTo(EpaStage.COMPLETED);
    }

    @Test
    void only_a_ready_decision_moves_to_the_gateway() {
        assertThat(EpaTable.require(EpaStage.PREPARING, Action.HOLD_MEETING_NOT_READY)).isEqualTo(EpaStage.PREPARING);
        assertThat(EpaTable.require(EpaStage.PREPARING, Action.HOLD_MEETING_READY)).isEqualTo(EpaStage.GATEWAY);
        assertThat(EpaTable.allows(EpaStage.GATEWAY, Action.HOLD_MEETING_READY)).isFalse();
    }

    @Test
    void the_certificate_and_progression_come_after_the_completion() {
        assertThat(EpaTable.allows(EpaStage.PASSED, Action.TRACK_CERTIFICATE)).isFalse();
        assertThat(EpaTable.allows(EpaStage.COMPLETED, Action.TRACK_CERTIFICATE)).isTrue();
        assertThat(EpaTable.allows(EpaStage.COMPLETED, Action.RECORD_PROGRESSION)).isTrue();
    }

    @Test
    void a_revised_grade_after_an_upheld_appeal_may_be_recorded_from_the_assessment_on_but_not_before() {
        for (EpaStage stage : new EpaStage[] {EpaStage.ASSESSMENT, EpaStage.PASSED, EpaStage.COMPLETED}) {
            assertThat(EpaTable.require(stage, Action.REVISE_GRADE)).isEqualTo(stage);
        }
        assertThat(EpaTable.allows(EpaStage.PREPARING, Action.REVISE_GRADE)).isFalse();
        assertThat(EpaTable.allows(EpaStage.GATEWAY, Action.REVISE_GRADE)).isFalse();
    }

    /** Draws the table to docs/workflows/gateway-and-epa.md, which is kept in the repository. */
    @Test
    void the_diagram_in_docs_is_drawn_from_the_table() {
        StringBuilder stages = new StringBuilder("| Stage | Words |\n|---|---|\n");
        for (EpaStage stage : EpaStage.values()) {
            stages.append("| ").append(stage).append(" | ").append(stage.words()).append(" |\n");
        }
        String intro = """
                Drawn from `EpaTable` by `EpaTableTest` (do not edit by hand); the rules are explained in
                [the gateway and end-point assessment](../domain/gateway-and-epa.md). Guards beyond the table, kept by
                the EPA record whatever the route (page, API, import, demo data): booking, recording a result and
                completing need a passed gateway — every checklist item met or waived by a named person with the
                reason (the funding rules' minimum duration is never waived), and a gateway meeting that decided
                “ready”, signed by the mentor, the employer and the apprentice; a “ready” meeting needs every item
                met or waived; a result belongs to a booked sitting of its method dated on or before it; a second
                sitting of a method not graded yet is the same attempt; a method is assessed again only after it
                failed, with its own booking, at most as many times as the EPA settings allow (3 by default); the
                achievement date is on or after the actual end date and the last graded method, also when a
                completion is corrected (by a named person with the reason, kept in the audit trail); only staff who
                manage the apprenticeship record the meeting, waivers, bookings, results, appeals and the completion;
                the employer's line manager and the apprentice confirm their own checklist items and sign the
                meeting record as their party; a grade must be one the method (or holistic criterion) can give; an
                appeal is made within the settings' window (20 working days by default) and raised as an assessment
                appeal in the feedback module, whose outcome comes back to the EPA record; only an upheld appeal lets
                the EPAO's revised grade be recorded, once. An apprenticeship whose lifecycle reached the gateway or
                the assessment before its gateway was recorded here starts at that stage with its gateway not
                passed, and shows what is missing. The apprenticeship moves In learning → Gateway (ready meeting) →
                End-point assessment (first booking) → Completed (completion) through the enrolment lifecycle, which
                may refuse each move.
                """;
        String md = StateDiagram.of(EpaTable.STEPS, s -> StateDiagram.Step.of(s.from(), s.action().words(), s.to()))
                .start(EpaStage.PREPARING, "Within 3 months of the end of the practical period")
                .end(EpaStage.COMPLETED)
                .writeTo(Path.of("docs/workflows/gateway-and-epa.md"), "Gateway and end-point assessment",
                        intro, stages.toString());
        assertThat(md).contains("PREPARING --> GATEWAY: Hold the gateway meeting: ready");
    }
}
