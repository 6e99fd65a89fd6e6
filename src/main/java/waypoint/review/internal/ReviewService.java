package waypoint.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.organisation.ProviderProfile;
import waypoint.review.ReviewState;
import waypoint.review.internal.ReviewStore.Action;
import waypoint.review.internal.ReviewStore.ReviewSignature;
import waypoint.review.internal.ReviewStore.StoredVersion;
import waypoint.shared.NotFoundException;
import waypoint.shared.signing.DocumentHash;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * Progress reviews of one apprenticeship: the schedule, reading them, and the meeting; the record is
 * {@link ReviewRecords}, its signatures {@link ReviewSignatures} (docs/domain/progress-reviews.md). Every change goes
 * through the review's intention-named methods and is made only on the version the person was shown.
 */
@Service
public class ReviewService {

    static final int LONGEST_TEXT = 4000;
    static final List<String> ACTION_STATUSES = List.of("OPEN", "MET", "PARTLY_MET", "NOT_MET");

    private final ReviewStore store;
    private final ReviewPolicy policy;
    private final Apprenticeships apprenticeships;
    private final ProviderProfile provider;
    private final ReviewSettings settings;
    private final ReviewEmails emails;
    private final JsonMapper json;
    private final Clock clock;
    private final ReviewRepository repository;
    private final PriorReviewStore priorReviews;

    ReviewService(ReviewStore store, ReviewPolicy policy, Apprenticeships apprenticeships, ProviderProfile provider,
            ReviewSettings settings, ReviewEmails emails, JsonMapper json, Clock clock,
            ReviewRepository repository, PriorReviewStore priorReviews) {
        this.store = store;
        this.policy = policy;
        this.apprenticeships = apprenticeships;
        this.provider = provider;
        this.settings = settings;
        this.emails = emails;
        this.json = json;
        this.clock = clock;
        this.repository = repository;
        this.priorReviews = priorReviews;
    }

    // ---- the schedule ----------------------------------------------------------------------------------------

    /**
     * Makes sure a started, active apprenticeship has its next review on the schedule, and that an unplanned or
     * planned one's due date follows its anchor and breaks (unless an exception was agreed). Idempotent.
     */
    @Transactional
    public void schedule(ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = apprenticeships.find(apprenticeshipId)
                .orElse(null);
        if (apprenticeship == null) {
            return;
        }
        Optional<ReviewRow> open = store.open(apprenticeshipId);
        Instant now = clock.instant();
        if (!started(apprenticeship.status())) {
            if (!apprenticeship.isActive()) {
                open.ifPresent(review -> repository.save(review.cancel()));
            }
            return;
        }
        Optional<LocalDate> lastPrior = priorReviews.lastHeld(apprenticeshipId);
        if (open.isPresent()) {
            ReviewRow review = open.get();
            if (!review.hasException()) {
                // a review held with the previous provider after this one's anchor is the last review held
                // (docs/domain/progress-reviews.md, "Reviews with a previous provider")
                boolean afterPrior = lastPrior.filter(d -> !d.isBefore(review.anchorDate())).isPresent();
                LocalDate anchor = afterPrior ? lastPrior.get() : review.anchorDate();
                Optional<ReviewSchedule.Due> due = due(apprenticeship, anchor, review.number() == 1 && !afterPrior);
                store.setDue(review.id(), anchor, due.map(ReviewSchedule.Due::date).orElse(null),
                        due.map(ReviewSchedule.Due::explanation).orElse("Paused: the apprentice is on a break in"
                                + " learning"), now);
            }
            return;
        }
        Optional<LocalDate> lastHeld = latest(store.lastHeld(apprenticeshipId), lastPrior);
        LocalDate anchor = lastHeld.orElse(apprenticeship.startDate());
        Optional<ReviewSchedule.Due> due = due(apprenticeship, anchor, lastHeld.isEmpty());
        store.insertDue(UUID.randomUUID(), apprenticeshipId, store.nextNumber(apprenticeshipId), anchor,
                due.map(ReviewSchedule.Due::date).orElse(null),
                due.map(ReviewSchedule.Due::explanation).orElse("Paused: the apprentice is on a break in learning"),
                null, now);
    }

    /** The later of two days, either of which may be missing. */
    private static Optional<LocalDate> latest(Optional<LocalDate> a, Optional<LocalDate> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    private static boolean started(ApprenticeshipStatus status) {
        return status == ApprenticeshipStatus.IN_LEARNING || status == ApprenticeshipStatus.BREAK_IN_LEARNING;
    }

    Optional<ReviewSchedule.Due> due(ApprenticeshipSummary apprenticeship, LocalDate anchor, boolean first) {
        var cadence = ReviewSchedule.cadence(apprenticeship.startDate(),
                provider.planningPolicy().reviewIntervalWeeks());
        return ReviewSchedule.due(cadence, anchor, first, apprenticeships.breaksOf(apprenticeship.id()));
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** The apprenticeship's reviews, the newest first, with what the person may do. */
    @Transactional(readOnly = true)
    public History history(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        return new History(apprenticeship, store.ofApprenticeship(apprenticeshipId),
                priorReviews.ofApprenticeship(apprenticeshipId), today(), policy.canManage(user, apprenticeship));
    }

    /** The apprenticeship's reviews here, newest first, and those held with a previous provider, latest first. */
    public record History(ApprenticeshipSummary apprenticeship, List<ReviewRow> reviews,
            List<PriorReview> priorReviews, LocalDate today, boolean canManage) {
    }

    /**
     * A review held with the apprentice's previous provider, read-only, for whoever may see the apprenticeship's
     * reviews (docs/domain/progress-reviews.md, "Reviews with a previous provider").
     */
    @Transactional(readOnly = true)
    public PriorView priorReview(CurrentUser user, UUID priorReviewId) {
        PriorReview review = priorReviews.find(priorReviewId).orElseThrow(() -> new NotFoundException("Review"));
        return new PriorView(policy.requireView(user, review.apprenticeshipId()), review);
    }

    public record PriorView(ApprenticeshipSummary apprenticeship, PriorReview review) {
    }

    /** One review as its page shows it. */
    @Transactional(readOnly = true)
    public ReviewView view(CurrentUser user, UUID reviewId) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        ApprenticeshipSummary apprenticeship = policy.requireView(user, review.apprenticeshipId());
        List<StoredVersion> versions = store.versions(reviewId);
        Optional<StoredVersion> latest = versions.stream().findFirst();
        Optional<ReviewContent> content = latest.map(v -> json.readValue(v.contentJson(), ReviewContent.class));
        List<ReviewSignature> signatures = latest.map(v -> store.signatures(reviewId, v.number(), v.canonicalText()))
                .orElse(List.of());
        return new ReviewView(apprenticeship, review, settings.current().template(), draftOf(review), content,
                latest, versions, signatures, previousActions(review), policy.partyOf(user, apprenticeship),
                policy.canManage(user, apprenticeship), policy.isLearner(user, apprenticeship), today());
    }

    public record ReviewView(ApprenticeshipSummary apprenticeship, ReviewRow review, ReviewTemplate template,
            ReviewDraft draft, Optional<ReviewContent> content, Optional<StoredVersion> latest,
            List<StoredVersion> versions, List<ReviewSignature> signatures, List<Action> previousActions,
            Optional<ReviewParty> party, boolean canManage, boolean isLearner, LocalDate today) {

        public boolean signedBy(ReviewParty party) {
            return signatures.stream().anyMatch(s -> s.party() == party);
        }

        public List<ReviewParty> unsigned() {
            return Arrays.stream(ReviewParty.values()).filter(p -> !signedBy(p)).toList();
        }

        public boolean canSign() {
            return review.state() == ReviewState.AWAITING_SIGNATURES && party.isPresent()
                    && !signedBy(party.get());
        }

        public boolean allows(ReviewTable.Action action) {
            return ReviewTable.allows(review.state(), action);
        }
    }

    /** One version of the record with the signatures made on it, for its page and its PDF. */
    @Transactional(readOnly = true)
    public VersionView version(CurrentUser user, UUID reviewId, int number) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        ApprenticeshipSummary apprenticeship = policy.requireView(user, review.apprenticeshipId());
        StoredVersion version = store.versions(reviewId).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Review record version"));
        return new VersionView(apprenticeship, review, version, json.readValue(version.contentJson(),
                ReviewContent.class), store.signatures(reviewId, number, version.canonicalText()));
    }

    public record VersionView(ApprenticeshipSummary apprenticeship, ReviewRow review, StoredVersion version,
            ReviewContent content, List<ReviewSignature> signatures) {

        public Optional<ReviewSignature> signatureOf(ReviewParty party) {
            return signatures.stream().filter(s -> s.party() == party).findFirst();
        }

        public String sha256() {
            return DocumentHash.of(version.canonicalText());
        }
    }

    // ---- the meeting -----------------------------------------------------------------------------------------

    /** Plans (or re-plans) the meeting and invites the three people. A person plans it for today or later. */
    @Transactional
    public void plan(CurrentUser user, UUID reviewId, int lockVersion, LocalDate day, LocalTime at, String place) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        ApprenticeshipSummary apprenticeship = policy.requireManage(user, review.apprenticeshipId());
        ReviewTable.require(review.state(), ReviewTable.Action.PLAN);
        if (day.isBefore(today())) {
            throw new FieldValidationException("date", "The date of the meeting must be today or later");
        }
        Instant meeting = LocalDateTime.of(day, at).atZone(GovUkDates.LONDON).toInstant();
        repository.save(review.plan(lockVersion, meeting, place));
        emails.send("review-invite:" + reviewId + ":" + meeting, apprenticeship, reviewId,
                "Progress review on " + GovUkDates.time(meeting),
                "Progress review " + review.number() + " is planned for " + GovUkDates.time(meeting) + ", at: "
                        + place + ". The apprentice, the employer and the tutor are invited."
                        + " Apprentice: please write your self-reflection before the meeting.");
    }

    /**
     * A meeting already held, recorded by the system for imported and demo records (its date is in the past, which a
     * person may not plan); the review's table still decides whether it may be planned.
     */
    @Transactional
    public void recordHeldMeeting(UUID reviewId, Instant at, String place) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        repository.save(review.plan(review.lockVersion(), at, place));
    }

    /**
     * Another due date, with an evidenced reason and the employer's agreement (docs/domain/funding-rules.md, Progress reviews, 2025 to 2026: “a different
     * frequency is allowed with an evidenced reason agreed by the employer”).
     */
    @Transactional
    public void agreeException(CurrentUser user, UUID reviewId, int lockVersion, LocalDate due, String reason,
            String agreedBy, LocalDate agreedOn) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        policy.requireManage(user, review.apprenticeshipId());
        ReviewTable.require(review.state(), ReviewTable.Action.AGREE_EXCEPTION);
        if (agreedOn.isAfter(today())) {
            throw new FieldValidationException("agreedOn", "The date the employer agreed must be today or earlier");
        }
        String why = reason.strip();
        String by = agreedBy.strip();
        repository.save(review.agreeException(lockVersion, due, "Agreed with the employer (" + by + ", "
                + GovUkDates.date(agreedOn) + "): " + why, why, by, agreedOn));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    ReviewDraft draftOf(ReviewRow review) {
        ReviewDraft stored = "{}".equals(review.draftJson().replace(" ", "")) ? ReviewDraft.empty(0)
                : json.readValue(review.draftJson(), ReviewDraft.class);
        return new ReviewDraft(review.lockVersion(), stored.heldOn(), stored.sections(), stored.targets(),
                stored.actionStatuses(), stored.nextReviewDate().isEmpty() && review.suggestedDate() != null
                        ? review.suggestedDate().toString() : stored.nextReviewDate(),
                stored.functionalSkillsEnglish(), stored.functionalSkillsMaths());
    }

    /** The actions agreed at the review before this one. */
    List<Action> previousActions(ReviewRow review) {
        return store.ofApprenticeship(review.apprenticeshipId()).stream()
                .filter(r -> r.number() < review.number() && r.recordVersion() > 0).findFirst()
                .map(r -> store.actionsOf(r.id())).orElse(List.of());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
