package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.review.internal.ReviewParty;
import waypoint.review.internal.ReviewRefusedException;
import waypoint.review.internal.ReviewRow;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.signing.Signature;
import waypoint.support.TestClock;

/**
 * The progress review guards its own moves: each intention asks the review's table and answers the change to write,
 * whatever the route (page, API, import, demo loader), with the audit events the move causes.
 */
class ProgressReviewAggregateTest {

    private final TestClock clock = new TestClock();

    private static final Signature SIGNATURE = new Signature(UUID.randomUUID(), "Ada Apprentice",
            Instant.parse("2026-03-21T09:00:00Z"), "127.0.0.1", "abc");

    private static ReviewRow in(ReviewState state) {
        return new ReviewRow(UUID.randomUUID(), new ApprenticeshipId(UUID.randomUUID()), 1, state, LocalDate.of(2026,
                1, 5),
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
        assertThatThrownBy(() -> signed.plan(3, clock.instant(), "Office")).isInstanceOf(ReviewRefusedException.class)
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
        assertThat(in(ReviewState.AWAITING_SIGNATURES).sign(ReviewParty.EMPLOYER, 1, SIGNATURE, 2).to())
                .isEqualTo(ReviewState.SIGNED);
        assertThatThrownBy(() -> in(ReviewState.PLANNED).sign(ReviewParty.EMPLOYER, 1, SIGNATURE, 2))
                .isInstanceOf(ReviewRefusedException.class);
        assertThatThrownBy(() -> in(ReviewState.DUE).sendForSignatures(3, 1, LocalDate.of(2026, 3, 20),
                List.of("First version"))).isInstanceOf(ReviewRefusedException.class);
    }

    // ---- each move carries the audit event it causes; a refused move causes none --------------------------------

    @Test
    void planning_says_when_and_where_the_meeting_is_in_the_audit_trail() {
        ReviewRow due = in(ReviewState.DUE);
        ReviewRow.Change change = due.plan(3, Instant.parse("2026-03-20T10:30:00Z"), "Teams");
        assertThat(change.events()).containsExactly(RecordChanged.updated("progress review", due.id(),
                "Due, not yet planned", "meeting on 20 March 2026 at 10:30am at Teams"));
    }

    @Test
    void agreeing_another_due_date_records_the_old_and_new_dates_who_agreed_and_why() {
        ReviewRow due = in(ReviewState.DUE);
        ReviewRow.Change change = due.agreeException(3, LocalDate.of(2026, 4, 20), "Agreed", "Shutdown", "Erin Boss",
                LocalDate.of(2026, 3, 1));
        assertThat(change.events()).containsExactly(RecordChanged.updated("progress review due date", due.id(),
                "30 March 2026", "20 April 2026 agreed by Erin Boss: Shutdown"));
    }

    @Test
    void the_self_reflection_is_recorded_as_written_and_a_draft_of_the_record_is_not_audited() {
        ReviewRow planned = in(ReviewState.PLANNED);
        assertThat(planned.reflect(3, "I learnt a lot").events()).containsExactly(RecordChanged.updated(
                "progress review self-reflection", planned.id(), "", "written"));
        assertThat(planned.writeRecord(3, "{}").events()).isEmpty();
    }

    @Test
    void sending_for_signatures_records_the_new_version_with_what_changed() {
        ReviewRow amending = in(ReviewState.AMENDING);
        ReviewRow.Change change = amending.sendForSignatures(3, 2, LocalDate.of(2026, 3, 20),
                List.of("Targets changed", "Summary changed"));
        assertThat(change.events()).containsExactly(RecordChanged.created("progress review record version 2",
                amending.id(), "Targets changed; Summary changed"));
    }

    @Test
    void amending_and_cancelling_say_so_from_the_state_they_left() {
        ReviewRow signed = in(ReviewState.SIGNED);
        assertThat(signed.amend(3).events()).containsExactly(RecordChanged.updated("progress review", signed.id(),
                "Signed", "being amended"));
        ReviewRow planned = in(ReviewState.PLANNED);
        assertThat(planned.cancel().events()).containsExactly(RecordChanged.updated("progress review", planned.id(),
                "Planned", "cancelled: the apprenticeship ended"));
    }

    @Test
    void each_signature_is_kept_and_recorded_and_only_the_last_changes_the_review() {
        ReviewRow waiting = in(ReviewState.AWAITING_SIGNATURES);
        ReviewRow.Change first = waiting.sign(ReviewParty.LEARNER, 1, SIGNATURE, 0);
        assertThat(first.to()).isEqualTo(ReviewState.AWAITING_SIGNATURES);
        assertThat(first.values()).isEmpty();
        assertThat(first.signature()).isEqualTo(new ReviewRow.NewSignature(1, ReviewParty.LEARNER, SIGNATURE));
        assertThat(first.events()).containsExactly(RecordChanged.created("progress review signature", waiting.id(),
                ReviewParty.LEARNER.words() + " signed version 1 as Ada Apprentice"));
        ReviewRow.Change last = waiting.sign(ReviewParty.TUTOR, 1, SIGNATURE, 2);
        assertThat(last.values()).containsEntry(ReviewRow.Column.SIGNED_AT, SIGNATURE.signedAt());
        assertThat(last.events()).hasSize(1);
    }

    @Test
    void a_refused_move_causes_no_change_and_no_event() {
        ReviewRow cancelled = in(ReviewState.CANCELLED);
        assertThatThrownBy(() -> cancelled.reflect(3, "x")).isInstanceOf(ReviewRefusedException.class);
        assertThatThrownBy(() -> cancelled.amend(3)).isInstanceOf(ReviewRefusedException.class);
        assertThatThrownBy(() -> cancelled.sign(ReviewParty.TUTOR, 1, SIGNATURE, 2))
                .isInstanceOf(ReviewRefusedException.class);
        assertThatThrownBy(cancelled::cancel).isInstanceOf(ReviewRefusedException.class);
    }

    @Test
    void an_open_review_is_cancelled_when_the_apprenticeship_ends_and_a_cancelled_one_stays_so() {
        assertThat(in(ReviewState.DUE).cancel().to()).isEqualTo(ReviewState.CANCELLED);
        assertThat(in(ReviewState.PLANNED).cancel().to()).isEqualTo(ReviewState.CANCELLED);
        assertThatThrownBy(() -> in(ReviewState.CANCELLED).plan(3, clock.instant(), "Office"))
                .isInstanceOf(ReviewRefusedException.class);
    }
}
