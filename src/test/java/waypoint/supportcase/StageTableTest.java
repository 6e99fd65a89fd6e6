package waypoint.supportcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import waypoint.supportcase.internal.CaseFacts;
import waypoint.supportcase.internal.Outcome;
import waypoint.supportcase.internal.StageTable;
import waypoint.supportcase.internal.StageTable.Action;
import waypoint.supportcase.internal.SupportCaseRefused;
import waypoint.supportcase.internal.SupportStage;

/** Your support policy's stage table, every step allowed and refused, drawn to docs/workflows. */
class StageTableTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** Every combination of the facts the preconditions read. */
    private static List<CaseFacts> everyFacts() {
        List<CaseFacts> all = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(null);
        outcomes.addAll(List.of(Outcome.values()));
        for (boolean partner : new boolean[] {false, true}) {
        for (boolean told : new boolean[] {false, true}) {
            for (int meetings = 0; meetings <= 2; meetings++) {
                for (Outcome outcome : outcomes) {
                    for (boolean emailed : new boolean[] {false, true}) {
                        for (LocalDate deadline : new LocalDate[] {null, TODAY, TODAY.minusDays(1)}) {
                            for (int appeal = 0; appeal < 3; appeal++) {
                                all.add(new CaseFacts(told, meetings, outcome, emailed, deadline, appeal > 0,
                                        appeal > 1, TODAY, partner));
                            }
                        }
                    }
                }
            }
        }
        }
        return all;
    }

    @Test
    void every_step_in_the_table_is_allowed_when_its_preconditions_hold_and_leads_where_it_says() {
        List<CaseFacts> facts = everyFacts();
        for (StageTable.Step step : StageTable.STEPS) {
            Optional<CaseFacts> satisfying = facts.stream()
                    .filter(f -> step.needs().stream().allMatch(p -> p.holds().test(f))).findFirst();
            assertThat(satisfying).as(step.from() + " " + step.action()).isPresent();
            assertThat(StageTable.require(step.from(), step.action(), satisfying.get())).isEqualTo(step);
        }
    }

    @Test
    void every_step_whose_precondition_fails_is_refused_with_that_preconditions_reason() {
        for (StageTable.Step step : StageTable.STEPS) {
            for (CaseFacts f : everyFacts()) {
                Optional<StageTable.Precondition> failing = step.needs().stream()
                        .filter(p -> !p.holds().test(f)).findFirst();
                if (failing.isPresent()) {
                    assertThatThrownBy(() -> StageTable.require(step.from(), step.action(), f))
                            .isInstanceOf(SupportCaseRefused.class)
                            .hasMessage(failing.get().reason().apply(f));
                }
            }
        }
    }

    @Test
    void every_step_not_in_the_table_is_refused_whatever_the_facts() {
        for (SupportStage stage : SupportStage.values()) {
            for (Action action : Action.values()) {
                if (StageTable.step(stage, action).isEmpty()) {
                    for (CaseFacts f : List.of(CaseFacts.fresh(TODAY), everyFacts().get(everyFacts().size() - 1))) {
                        assertThatThrownBy(() -> StageTable.require(stage, action, f))
                                .isInstanceOf(SupportCaseRefused.class).hasMessageContaining("cannot " + action.words());
                    }
                }
            }
        }
    }

    @Test
    void stages_one_and_two_move_back_and_forth_as_often_as_needed_and_close_off_support() {
        CaseFacts f = CaseFacts.fresh(TODAY);
        assertThat(StageTable.require(SupportStage.STAGE_1, Action.MOVE_TO_STAGE_2, f).to()).isEqualTo(SupportStage.STAGE_2);
        assertThat(StageTable.require(SupportStage.STAGE_2, Action.MOVE_TO_STAGE_1, f).to()).isEqualTo(SupportStage.STAGE_1);
        assertThat(StageTable.require(SupportStage.STAGE_2, Action.CLOSE, f).to()).isEqualTo(SupportStage.OFF_SUPPORT);
        assertThat(StageTable.allows(SupportStage.NONE, Action.OPEN_AT_STAGE_2, f)).isTrue();
    }

    @Test
    void stage_three_needs_the_apprentice_told_in_person_first() {
        assertThatThrownBy(() -> StageTable.require(SupportStage.STAGE_2, Action.START_STAGE_3, CaseFacts.fresh(TODAY)))
                .hasMessage("stage 3 needs the apprentice to have been told in person first");
        assertThat(StageTable.allows(SupportStage.STAGE_2, Action.START_STAGE_3,
                CaseFacts.fresh(TODAY).told().clientPartner(true))).isTrue();
    }

    @Test
    void a_formal_stage_cannot_begin_without_a_client_partner_to_copy_in() {
        CaseFacts told = CaseFacts.fresh(TODAY).told();
        assertThat(StageTable.whyNot(SupportStage.STAGE_2, Action.START_STAGE_3, told).orElseThrow())
                .contains("a formal stage needs a client partner to copy in");
        CaseFacts escalated = CaseFacts.fresh(TODAY).meetings(2).recommended(Outcome.ESCALATE_TO_STAGE_4, true);
        assertThat(StageTable.whyNot(SupportStage.STAGE_3, Action.START_STAGE_4, escalated).orElseThrow())
                .contains("set your default client partner in the support case settings");
        assertThat(StageTable.allows(SupportStage.STAGE_3, Action.START_STAGE_4, escalated.clientPartner(true)))
                .isTrue();
        assertThat(StageTable.allows(SupportStage.STAGE_4, Action.START_STAGE_5, CaseFacts.fresh(TODAY).meetings(2)
                .recommended(Outcome.ESCALATE_TO_STAGE_5, true))).isFalse();
    }

    @Test
    void the_table_is_the_shared_state_table_and_answers_next_from_its_rows() {
        assertThat(StageTable.TABLE.next(SupportStage.STAGE_3, Action.START_STAGE_4)).contains(SupportStage.STAGE_4);
        assertThat(StageTable.TABLE.actionsFrom(SupportStage.NONE)).containsExactly(Action.OPEN_AT_STAGE_1,
                Action.OPEN_AT_STAGE_2, Action.END_UNDER_OTHER_POLICY);
    }

    @Test
    void stage_four_needs_stage_three_to_have_taken_place_and_its_recommendation_email_sent() {
        CaseFacts none = CaseFacts.fresh(TODAY);
        assertThat(StageTable.whyNot(SupportStage.STAGE_3, Action.START_STAGE_4, none.meetings(1)))
                .contains("stage 4 needs stage 3 to have taken place (its two meetings)");
        assertThat(StageTable.whyNot(SupportStage.STAGE_3, Action.START_STAGE_4,
                none.meetings(2).recommended(Outcome.ESCALATE_TO_STAGE_4, false)))
                .contains("stage 4 needs the stage 3 recommendation email to have been sent");
        assertThat(StageTable.whyNot(SupportStage.STAGE_3, Action.START_STAGE_4,
                none.meetings(2).recommended(Outcome.BACK_TO_STAGE_2, true)))
                .contains("stage 4 needs the stage 3 recommendation to be: escalate to stage 4");
        assertThat(StageTable.allows(SupportStage.STAGE_3, Action.START_STAGE_4,
                none.meetings(2).recommended(Outcome.ESCALATE_TO_STAGE_4, true).clientPartner(true))).isTrue();
        assertThat(StageTable.whyNot(SupportStage.STAGE_2, Action.START_STAGE_4, none).orElseThrow())
                .contains("only from: stage 3 (formal)");
    }

    @Test
    void stage_five_needs_stage_four_to_have_taken_place_and_its_recommendation_email_sent() {
        CaseFacts f = CaseFacts.fresh(TODAY).meetings(2).recommended(Outcome.ESCALATE_TO_STAGE_5, false);
        assertThat(StageTable.whyNot(SupportStage.STAGE_4, Action.START_STAGE_5, f))
                .contains("stage 5 needs the stage 4 recommendation email to have been sent");
        assertThat(StageTable.require(SupportStage.STAGE_4, Action.START_STAGE_5,
                f.recommended(Outcome.ESCALATE_TO_STAGE_5, true).clientPartner(true)).to()).isEqualTo(SupportStage.STAGE_5);
    }

    @Test
    void a_recommendation_needs_the_two_meetings_and_each_stage_offers_the_seeds_outcomes() {
        assertThat(StageTable.whyNot(SupportStage.STAGE_3, Action.RECOMMEND, CaseFacts.fresh(TODAY).meetings(1)))
                .contains("a stage 3 recommendation needs the two stage 3 meetings to have been held");
        assertThat(StageTable.OUTCOMES.get(SupportStage.STAGE_3)).contains(Outcome.ESCALATE_TO_STAGE_4)
                .doesNotContain(Outcome.EXTEND_STAGE_3, Outcome.END_APPRENTICESHIP);
        assertThat(StageTable.OUTCOMES.get(SupportStage.STAGE_4)).contains(Outcome.EXTEND_STAGE_3,
                Outcome.ESCALATE_TO_STAGE_5).doesNotContain(Outcome.END_APPRENTICESHIP);
        assertThat(StageTable.OUTCOMES.get(SupportStage.STAGE_5)).contains(Outcome.END_APPRENTICESHIP)
                .doesNotContain(Outcome.ESCALATE_TO_STAGE_4, Outcome.ESCALATE_TO_STAGE_5);
    }

    @Test
    void a_termination_takes_effect_only_when_the_appeal_window_has_passed_or_the_appeal_is_decided() {
        CaseFacts emailed = CaseFacts.fresh(TODAY).meetings(2).recommended(Outcome.END_APPRENTICESHIP, true);
        assertThat(StageTable.whyNot(SupportStage.STAGE_5, Action.END_APPRENTICESHIP, emailed.appeal(TODAY, false,
                false)).orElseThrow()).contains("appeal window has passed (it closes at the end of 1 December 2026)");
        assertThat(StageTable.allows(SupportStage.STAGE_5, Action.END_APPRENTICESHIP,
                emailed.appeal(TODAY.minusDays(1), false, false))).isTrue();
        assertThat(StageTable.whyNot(SupportStage.STAGE_5, Action.END_APPRENTICESHIP,
                emailed.appeal(TODAY.minusDays(1), true, false))).contains("the appeal must be decided first");
        assertThat(StageTable.require(SupportStage.STAGE_5, Action.DISMISS_APPEAL, emailed.appeal(TODAY, true, false))
                .to()).isEqualTo(SupportStage.ENDED);
        assertThat(StageTable.whyNot(SupportStage.STAGE_5, Action.RECORD_APPEAL,
                emailed.appeal(TODAY.minusDays(1), false, false)).orElseThrow()).contains("the appeal window closed");
    }

    @Test
    void another_policy_ends_an_apprenticeship_from_any_open_stage_without_the_stages() {
        for (SupportStage stage : List.of(SupportStage.NONE, SupportStage.STAGE_1, SupportStage.STAGE_2,
                SupportStage.STAGE_3, SupportStage.STAGE_4, SupportStage.STAGE_5)) {
            assertThat(StageTable.require(stage, Action.END_UNDER_OTHER_POLICY, CaseFacts.fresh(TODAY)).to())
                    .isEqualTo(SupportStage.ENDED_BY_OTHER_POLICY);
        }
    }

    /** Draws the table to docs/workflows/support-stages.md, which is kept in the repository. */
    @Test
    void the_diagram_in_docs_is_drawn_from_the_table() {
        String intro = """
                Drawn from `StageTable` by `StageTableTest` (do not edit by hand). Your support policy (see
                [the support policy](../domain/support-policy.md)): stages 1 and 2 are informal, 3 to 5 formal. Each
                step is taken by the role named (or a more senior one; the pages use the provider's own job titles),
                only when every precondition holds; anything else is refused with the reason. Every step lands on the
                case timeline and the audit trail; the emails are written from templates, say who received them, and
                are kept on the case.

                Beyond the table, the `SupportCase` aggregate checks the dates the policy sets: a formal stage begins
                on or after the apprentice was told in person (stage 3) or the previous stage began (stages 4 and 5),
                with its own time plan set as it begins; each meeting is dated within its stage (on or after the day
                it began and the day the apprentice was told in person, never in the future); the recommendation comes
                at the end of the time plan, or earlier with the reason.

                Who is who: the coach, lead, head and director are the roles Tutor, Lead, Head of delivery and
                Director, in the provider's job titles or, when it has not named them, the policy's words. The line
                manager is the apprenticeship's employer contact. The client partner is the member of staff with the
                part "Client partner" on the apprenticeship, or else the provider's default client partner (support
                case settings); a formal stage cannot begin with neither. The pastoral or tech lead written to is the
                staff with the part "Pastoral lead" or "Technical lead", else the provider's leads. A stage 5
                termination takes effect only after the appeal window (10 working days from the recommendation email,
                by the working-day calendar) has passed without an appeal (the nightly job, or the director) or when
                the director dismisses the appeal.
                """;

        StringBuilder more = new StringBuilder("| From | Step | Who | To | Preconditions (the reason given when one fails) |\n")
                .append("|---|---|---|---|---|\n");
        CaseFacts example = CaseFacts.fresh(LocalDate.of(2026, 12, 1)).appeal(LocalDate.of(2026, 12, 15), false, false);
        for (StageTable.Step step : StageTable.STEPS) {
            more.append("| ").append(step.from().words()).append(" | ").append(step.action().words()).append(" | ")
                    .append(step.who().name().toLowerCase()).append(" | ").append(step.to().words()).append(" | ")
                    .append(step.needs().isEmpty() ? "none" : step.needs().stream()
                            .map(p -> p.reason().apply(example)).collect(Collectors.joining("; ")))
                    .append(" |\n");
        }
        more.append("\n| Stage | Recommendations it may make |\n|---|---|\n");
        for (SupportStage stage : List.of(SupportStage.STAGE_3, SupportStage.STAGE_4, SupportStage.STAGE_5)) {
            more.append("| ").append(stage.words()).append(" | ").append(StageTable.OUTCOMES.get(stage).stream()
                    .map(Outcome::words).collect(Collectors.joining("; "))).append(" |\n");
        }
        String md = StageTable.TABLE.diagram(s -> s.action().words().replace(":", " -"))
                .start(SupportStage.NONE)
                .end(SupportStage.OFF_SUPPORT, SupportStage.BREAK_IN_LEARNING, SupportStage.ENDED,
                        SupportStage.ENDED_BY_OTHER_POLICY)
                .writeTo(Path.of("docs/workflows/support-stages.md"), "Support stages", intro, more.toString());
        assertThat(md).contains("STAGE_3 --> STAGE_4: start stage 4 and send its introduction email")
                .contains("stage 4 needs the stage 3 recommendation email to have been sent");
    }
}
