package waypoint.review;

import java.time.LocalDate;
import java.util.List;

/**
 * A progress review an apprentice had with their previous training provider, as that provider's transfer pack gives
 * it (docs/domain/progress-reviews.md, "Reviews with a previous provider"): who that provider is (name, UKPRN when
 * known), their number for it, the day it was held, when it was due, the record as they wrote it (label to value, in
 * reading order), who signed it there and when, and where it came from (the pack's own id of the review), so the same
 * review is never brought in twice.
 */
public record PriorReviewDetails(String previousProvider, String previousUkprn, Integer number, LocalDate heldOn,
        LocalDate dueDate, List<Field> content, List<SignedReviews.Signer> signers, String source) {

    public PriorReviewDetails {
        content = content == null ? List.of() : List.copyOf(content);
        signers = signers == null ? List.of() : List.copyOf(signers);
    }

    /** One fact of the record: its label and value. */
    public record Field(String label, String value) {
    }
}
