package waypoint.review.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.review.ReviewState;
import waypoint.review.internal.ReviewStore.ReviewSignature;
import waypoint.review.internal.ReviewStore.StoredVersion;
import waypoint.shared.NotFoundException;
import waypoint.shared.signing.Signature;
import waypoint.shared.signing.Signing;

/**
 * The three signatures of a progress review's record: each signs the version they were shown, and the last one
 * completes and locks the review (docs/domain/progress-reviews.md).
 */
@Service
public class ReviewSignatures {

    private final ReviewStore store;
    private final ReviewPolicy policy;
    private final Signing signing;
    private final ReviewEmails emails;
    private final ReviewRepository repository;

    ReviewSignatures(ReviewStore store, ReviewPolicy policy, Signing signing, ReviewEmails emails,
            ReviewRepository repository) {
        this.store = store;
        this.policy = policy;
        this.signing = signing;
        this.emails = emails;
        this.repository = repository;
    }

    /**
     * Signs the version the person was shown as their party; refused, saying what changed, when the record changed
     * since. The last of the three signatures completes and locks the review. Signing twice keeps the first.
     */
    @Transactional
    public ReviewState sign(CurrentUser user, UUID reviewId, int shownVersion, String typedName, String ipAddress) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        ApprenticeshipSummary apprenticeship = policy.requireView(user, review.apprenticeshipId());
        ReviewParty party = policy.partyOf(user, apprenticeship).orElseThrow(() -> new AccessDeniedException(
                "Only the apprentice, their employer and their tutor sign a progress review"));
        List<StoredVersion> versions = store.versions(reviewId);
        if (versions.isEmpty() || (review.state() == ReviewState.AMENDING && versions.get(0).number() == shownVersion)) {
            throw new ReviewConflictException("The record is being amended: you will be asked to sign the new"
                    + " version when it is ready.", List.of());
        }
        StoredVersion latest = versions.get(0);
        if (latest.number() != shownVersion) {
            List<String> changes = versions.stream().filter(v -> v.number() > shownVersion)
                    .sorted(java.util.Comparator.comparingInt(StoredVersion::number))
                    .flatMap(v -> v.changes().stream().map(c -> "version " + v.number() + ": " + c)).toList();
            throw new ReviewConflictException("The record changed since you were shown version " + shownVersion
                    + ": read version " + latest.number() + " and sign that. What changed: "
                    + String.join("; ", changes) + ".", changes);
        }
        List<ReviewSignature> existing = store.signatures(reviewId, latest.number(), latest.canonicalText());
        if (existing.stream().anyMatch(s -> s.party() == party)) {
            return review.state();
        }
        ReviewTable.require(review.state(), existing.size() == ReviewParty.values().length - 1
                ? ReviewTable.Action.SIGN_LAST : ReviewTable.Action.SIGN);
        Signature signature = signing.sign(user.id(), user.displayName(), typedName, ipAddress,
                latest.canonicalText());
        ReviewRow.Change signed = review.sign(party, latest.number(), signature, existing.size());
        repository.save(signed);
        ReviewState next = signed.to();
        if (next == ReviewState.SIGNED) {
            emails.send("review-signed:" + reviewId + ":v" + latest.number(), apprenticeship, reviewId,
                    "Progress review " + review.number() + " is signed",
                    "All three of you have signed progress review " + review.number() + ". The record is locked;"
                            + " its PDF is on the review's page.");
        }
        return next;
    }

}
