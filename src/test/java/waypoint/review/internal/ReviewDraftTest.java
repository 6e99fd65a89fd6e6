package waypoint.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.support.FormsUnderTest.problems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A review's record is kept as typed: saved, only its lengths are checked; sent for signatures, it must also give the
 * day it was held, at least one target (each with its title and date) and the next review's date, each problem on the
 * field the form shows it against (docs/domain/progress-reviews.md).
 */
class ReviewDraftTest {

    @Test
    void a_record_saved_is_checked_only_for_the_length_of_each_section() {
        ReviewDraft draft = new ReviewDraft(3, "someday", Map.of("workCompleted", "x".repeat(4001), "priorities", "ok"),
                List.of(), Map.of(), "");

        assertThat(problems(draft)).containsExactly(
                Map.entry("sections[workCompleted]", "Each section must be 4000 characters or fewer"));
    }

    @Test
    void a_record_sent_gives_the_day_held_its_targets_and_the_next_review_each_target_named_by_its_number() {
        ReviewDraft nothing = new ReviewDraft(3, "", Map.of(), List.of(new ReviewDraft.TargetDraft("", "", "")),
                Map.of(), "31/2/2027");

        assertThat(problems(nothing, ReviewDraft.Complete.class)).containsExactly(
                Map.entry("heldOn", "Enter the date the review was held as a real date, like 27/3/2026"),
                Map.entry("targets[0].title", "Add at least one target for the next review"),
                Map.entry("nextReviewDate", "Enter the date of the next review as a real date, like 27/3/2026"));

        ReviewDraft wrongTarget = new ReviewDraft(3, "1/3/2027", Map.of(), List.of(
                new ReviewDraft.TargetDraft("", "", ""), new ReviewDraft.TargetDraft("x".repeat(201), "soon", "K1")),
                Map.of(), "1/5/2027");

        assertThat(problems(wrongTarget, ReviewDraft.Complete.class)).containsOnly(
                Map.entry("targets[1].title", "Enter target 2 in 200 characters or fewer"),
                Map.entry("targets[1].targetDate", "Enter the date of target 2 as a real date"));
        assertThat(problems(new ReviewDraft(3, "1/3/2027", Map.of(), List.of(
                new ReviewDraft.TargetDraft("Finish the brief", "1/4/2027", "")), Map.of(), "1/5/2027"),
                ReviewDraft.Complete.class)).isEmpty();
    }
}
