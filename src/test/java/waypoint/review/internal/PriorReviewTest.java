package waypoint.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.review.PriorReviewDetails;
import waypoint.review.SignedReviews;
import waypoint.shared.web.FieldValidationException;
import waypoint.support.FormsUnderTest;

/** A review held with a previous provider is recorded once, from what their pack says, and only anonymised after. */
class PriorReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static PriorReviewDetails held(LocalDate on) {
        return new PriorReviewDetails("Northfield Training Ltd", "10099001", 2, on, on == null ? null
                : on.minusDays(3), List.of(new PriorReviewDetails.Field("Record", "On track")),
                List.of(new SignedReviews.Signer("Tutor", "Nia North", NOW)), "pack:review-2");
    }

    @Test
    void a_review_held_is_recorded_marked_with_the_previous_provider_and_its_ukprn() {
        PriorReview.Recorded recorded = PriorReview.record(new ApprenticeshipId(UUID.randomUUID()),
                held(TODAY.minusDays(40)), TODAY, NOW,
                "Alex Admin");

        assertThat(recorded.review().heading())
                .isEqualTo("Progress review 2 with your previous provider Northfield Training Ltd (UKPRN 10099001)");
        assertThat(recorded.review().heldOn()).isEqualTo(TODAY.minusDays(40));
        assertThat(recorded.event().after()).contains("held on 27 October 2026").contains("brought in by Alex Admin");
    }

    @Test
    void a_review_without_the_day_it_was_held_is_refused_with_the_reason() {
        assertThatThrownBy(() -> checked(held(null)))
                .isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors()).containsKey("heldOn")
                        .containsValue("Progress review 2 has no date it was held: the previous provider must give"
                                + " the date of each review held, as the review schedule counts from it"));
    }

    @Test
    void a_review_must_say_who_held_it_its_pack_id_and_a_name_for_each_part_and_the_ukprn_when_given_is_one() {
        PriorReviewDetails nothingSaid = new PriorReviewDetails(" ", "12345", null, TODAY.minusDays(3), null,
                List.of(new PriorReviewDetails.Field("", "On track")), List.of(), "");

        assertThatThrownBy(() -> checked(nothingSaid)).isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors())
                        .containsEntry("previousProvider", "Progress review does not say which provider held it")
                        .containsEntry("previousUkprn",
                                "The previous provider's UKPRN must be 8 digits starting with 1, like 10012345")
                        .containsEntry("source", "Progress review needs the pack's id for it, of 200 characters or fewer")
                        .containsEntry("content", "Progress review has a part without a name, or longer than 20000"
                                + " characters"));
    }

    /** The details as the review's transfers check them before the review is recorded. */
    private static PriorReviewDetails checked(PriorReviewDetails details) {
        return PriorReview.checked(FormsUnderTest.validator(), details);
    }

    @Test
    void a_review_held_after_today_is_refused() {
        assertThatThrownBy(() -> PriorReview.record(new ApprenticeshipId(UUID.randomUUID()), held(TODAY.plusDays(1)),
                TODAY, NOW, "A"))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("after today");
    }

    @Test
    void anonymised_it_keeps_the_provider_the_dates_and_the_parties_but_not_the_words_or_the_names() {
        PriorReview review = PriorReview.record(new ApprenticeshipId(UUID.randomUUID()), held(TODAY.minusDays(40)),
                TODAY, NOW, "A")
                .review().anonymised(NOW);

        assertThat(review.content()).isEmpty();
        assertThat(review.signers()).extracting(SignedReviews.Signer::name).containsExactly("Anonymised");
        assertThat(review.signers()).extracting(SignedReviews.Signer::party).containsExactly("Tutor");
        assertThat(review.heldOn()).isEqualTo(TODAY.minusDays(40));
        assertThat(review.previousProvider()).isEqualTo("Northfield Training Ltd");
        assertThat(review.isAnonymised()).isTrue();
    }
}
