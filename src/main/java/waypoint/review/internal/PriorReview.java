package waypoint.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.review.PriorReviewDetails;
import waypoint.review.SignedReviews;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * A progress review held with the apprentice's previous training provider (docs/domain/progress-reviews.md, "Reviews
 * with a previous provider"). It is recorded once, by {@link #record}, from what that provider's transfer pack says,
 * and never changed afterwards: it is their record, signed there by people who do not work here. Only the retention
 * period takes who the people are out of it ({@link #anonymised}). The last one held counts for the review schedule.
 */
public record PriorReview(UUID id, ApprenticeshipId apprenticeshipId, String previousProvider, String previousUkprn,
        Integer number, LocalDate heldOn, LocalDate dueDate, List<PriorReviewDetails.Field> content,
        List<SignedReviews.Signer> signers, String source, Instant recordedAt, String recordedByName,
        Instant anonymisedAt) {

    static final String RECORD = "progress review with a previous provider";

    public PriorReview {
        content = List.copyOf(content);
        signers = List.copyOf(signers);
    }

    /**
     * The details as a transfer pack gives them, checked ({@link PriorReviewDetails.Given}) before a review is recorded
     * from them: each problem is refused on its field.
     */
    public static PriorReviewDetails checked(Validator validator, PriorReviewDetails details) {
        FormChecks.require(validator, details);
        return details;
    }

    /**
     * Records a review the previous provider held, whose details were checked ({@link PriorReviewDetails.Given}): the
     * day it was held must not be after {@code today}.
     */
    public static Recorded record(ApprenticeshipId apprenticeshipId, PriorReviewDetails details, LocalDate today,
            Instant now,
            String recordedBy) {
        String which = details.which();
        if (details.heldOn().isAfter(today)) {
            throw new FieldValidationException("heldOn", which + " was held on " + GovUkDates.date(details.heldOn())
                    + ", which is after today: check the date with the previous provider");
        }
        List<PriorReviewDetails.Field> content = new ArrayList<>();
        details.content().stream().filter(f -> f.value() != null && !f.value().isBlank())
                .forEach(f -> content.add(new PriorReviewDetails.Field(f.label().strip(), f.value())));
        PriorReview review = new PriorReview(UUID.randomUUID(), apprenticeshipId, details.previousProvider().strip(),
                details.previousUkprn() == null || details.previousUkprn().isBlank() ? null
                        : details.previousUkprn().strip(), details.number(), details.heldOn(), details.dueDate(),
                content, details.signers(), details.source().strip(), now, recordedBy, null);
        return new Recorded(review, RecordChanged.created(RECORD, review.id(), which + " held on "
                + GovUkDates.date(review.heldOn()) + " " + review.withPreviousProvider() + ", brought in by " + recordedBy));
    }

    /** A review recorded, and what the audit trail says of it. */
    public record Recorded(PriorReview review, RecordChanged event) {
    }

    /** "with your previous provider Northfield Training Ltd (UKPRN 10012345)". */
    public String withPreviousProvider() {
        return "with your previous provider " + previousProvider + (previousUkprn == null ? ""
                : " (UKPRN " + previousUkprn + ")");
    }

    public String heading() {
        return "Progress review" + (number == null ? "" : " " + number) + " " + withPreviousProvider();
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /**
     * The same review once its retention period has passed: the record's words and the signers' names go (they name
     * the apprentice and others); the provider, the dates and who signed (as a party) stay.
     */
    public PriorReview anonymised(Instant at) {
        return new PriorReview(id, apprenticeshipId, previousProvider, previousUkprn, number, heldOn, dueDate,
                List.of(), signers.stream().map(s -> new SignedReviews.Signer(s.party(), "Anonymised", s.signedAt()))
                        .toList(), source, recordedAt, recordedByName, at);
    }
}
