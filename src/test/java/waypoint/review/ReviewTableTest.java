package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import waypoint.review.internal.ReviewRefusedException;
import waypoint.review.internal.ReviewTable;
import waypoint.review.internal.ReviewTable.Action;

/** The progress review's states and moves, checked step by step and drawn to docs/workflows. */
class ReviewTableTest {

    @Test
    void every_step_in_the_table_is_allowed_and_leads_where_it_says() {
        for (var step : ReviewTable.STEPS) {
            assertThat(ReviewTable.require(step.from(), step.action())).isEqualTo(step.to());
        }
    }

    @Test
    void every_step_not_in_the_table_is_refused_with_a_reason() {
        for (ReviewState state : ReviewState.values()) {
            for (Action action : Action.values()) {
                boolean inTable = ReviewTable.STEPS.stream()
                        .anyMatch(s -> s.from() == state && s.action() == action);
                if (!inTable) {
                    assertThatThrownBy(() -> ReviewTable.require(state, action))
                            .isInstanceOf(ReviewRefusedException.class).hasMessageContaining(state.words().toLowerCase());
                }
            }
        }
    }

    @Test
    void a_signed_record_is_locked_and_only_an_amendment_changes_it() {
        assertThat(ReviewTable.allows(ReviewState.SIGNED, Action.EDIT_RECORD)).isFalse();
        assertThat(ReviewTable.allows(ReviewState.SIGNED, Action.SIGN)).isFalse();
        assertThatThrownBy(() -> ReviewTable.require(ReviewState.SIGNED, Action.EDIT_RECORD))
                .hasMessageContaining("a signed record is locked");
        assertThat(ReviewTable.require(ReviewState.SIGNED, Action.AMEND)).isEqualTo(ReviewState.AMENDING);
        assertThat(ReviewTable.require(ReviewState.AMENDING, Action.SEND_FOR_SIGNATURES))
                .isEqualTo(ReviewState.AWAITING_SIGNATURES);
    }

    @Test
    void the_self_reflection_is_written_before_the_meeting_only() {
        assertThat(ReviewTable.allows(ReviewState.PLANNED, Action.REFLECT)).isTrue();
        assertThat(ReviewTable.allows(ReviewState.DUE, Action.REFLECT)).isFalse();
        assertThat(ReviewTable.allows(ReviewState.AWAITING_SIGNATURES, Action.REFLECT)).isFalse();
    }

    @Test
    void the_last_of_three_signatures_completes_the_review() {
        assertThat(ReviewTable.require(ReviewState.AWAITING_SIGNATURES, Action.SIGN))
                .isEqualTo(ReviewState.AWAITING_SIGNATURES);
        assertThat(ReviewTable.require(ReviewState.AWAITING_SIGNATURES, Action.SIGN_LAST))
                .isEqualTo(ReviewState.SIGNED);
    }

    /** Draws the table to docs/workflows/progress-review.md, which is kept in the repository. */
    @Test
    void the_diagram_in_docs_is_drawn_from_the_table() {
        String intro = """
                Drawn from `ReviewTable` by `ReviewTableTest` (do not edit by hand). A review falls due when the
                apprenticeship starts, and the next one when a record is sent for signatures. Guards beyond the
                table: only staff working on the apprenticeship plan, write, send and amend; only the apprentice
                writes the self-reflection; each of the apprentice, the employer and the tutor signs as their own
                party, on the version they were shown; a change on a version someone else changed is refused.
                Due, not yet planned and planned reviews past their due date are overdue; a break in learning
                pauses their clock.
                """;
        StringBuilder states = new StringBuilder("| State | Words |\n|---|---|\n");
        for (ReviewState state : ReviewState.values()) {
            states.append("| ").append(state).append(" | ").append(state.words()).append(" |\n");
        }
        String md = ReviewTable.TABLE.diagram(s -> s.action().words())
                .start(ReviewState.DUE, "Falls due")
                .end(ReviewState.SIGNED, ReviewState.CANCELLED)
                .writeTo(Path.of("docs/workflows/progress-review.md"), "Progress review", intro, states.toString());
        assertThat(md).contains("AWAITING_SIGNATURES --> SIGNED: Sign, the last of the three");
    }
}
