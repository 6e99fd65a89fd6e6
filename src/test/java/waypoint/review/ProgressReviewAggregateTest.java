package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.review.internal.ReviewRefusedException;
import waypoint.review.internal.ReviewRow;

/**
 * The progress review guards its own moves: each intention asks the review's table and answers the change to write,
 * whatever the route (page, API, import, demo loader).
 */
class ProgressReviewAggregateTest {

    private static ReviewRow in(ReviewState state) {
        return new ReviewRow(UUID.randomUUID(), UUID.randomUUID(), 1, state, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 30), "12 weeks", null, null, null, null, null, null, null, null, "{}", 0, null, 3);
    }

    @Test
    void planning_a_due_review_moves_it_to_planned_with_the_meeting() {
        Instant meeting = Instant.parse("2026-03-20T10:30:00Z");
        ReviewRow.Change change = in(ReviewState.DUE).plan(3, meeting, "Teams");
        assertThat(change.from()).isEqualTo(ReviewState.DUE);
        assertThat(change.to()).isEqualTo(ReviewState.PLANNED);
        assertThat(change.lockVersion()).isEqualTo(3);
        assertThat(change.values()).containsEntry(ReviewRow.Column.MEETING_AT, meeting)
                .containsEntry(ReviewRow.Column.MEETING_PLACE, "Teams");
    }

    @Test
    void a_signed_review_cannot_be_planned_reflected_on_rewritten_or_cancelled_only_amended() {
        ReviewRow signed = in(ReviewState.SIGNED);
        assertThatThrownBy(() -> signed.plan(3, Instant.now(), "Office")).isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("a signed record is locked");
        assertThatThrownBy(() -> signed.reflect(3, "More")).isInstanceOf(ReviewRefusedException.class);
        assertThatThrownBy(() -> signed.writeRecord(3, "{}")).isInstanceOf(ReviewRefusedException.class);
        assertThatThrownBy(signed::cancel).isInstanceOf(ReviewRefusedException.class);
        ReviewRow.Change amend = signed.amend(3);
        assertThat(amend.to()).isEqualTo(ReviewState.AMENDING);
        assertThat(amend.values()).containsEntry(ReviewRow.Column.SIGNED_AT, null);
    }

    @Test
    void only_a_review_awaiting_signatures_is_completed_by_the_last_signature() {
        assertThat(in(ReviewState.AWAITING_SIGNATURES).signLast(Instant.now()).to()).isEqualTo(ReviewState.SIGNED);
        assertThatThrownBy(() -> in(ReviewState.PLANNED).signLast(Instant.now()))
                .isInstanceOf(ReviewRefusedException.class);
        assertThatThrownBy(() -> in(ReviewState.DUE).sendForSignatures(3, 1, LocalDate.of(2026, 3, 20)))
                .isInstanceOf(ReviewRefusedException.class);
    }

    @Test
    void an_open_review_is_cancelled_when_the_apprenticeship_ends_and_a_cancelled_one_stays_so() {
        assertThat(in(ReviewState.DUE).cancel().to()).isEqualTo(ReviewState.CANCELLED);
        assertThat(in(ReviewState.PLANNED).cancel().to()).isEqualTo(ReviewState.CANCELLED);
        assertThatThrownBy(() -> in(ReviewState.CANCELLED).plan(3, Instant.now(), "Office"))
                .isInstanceOf(ReviewRefusedException.class);
    }
}
