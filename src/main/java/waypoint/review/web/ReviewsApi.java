package waypoint.review.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.review.internal.ReviewSettings;
import waypoint.review.internal.ReviewTemplate;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.identity.CurrentUser;
import waypoint.review.internal.ReviewConflictException;
import waypoint.review.internal.ReviewContent;
import waypoint.review.internal.ReviewDraft;
import waypoint.review.internal.ReviewRecords;
import waypoint.review.internal.ReviewRefusedException;
import waypoint.review.internal.ReviewRow;
import waypoint.review.internal.ReviewService;
import waypoint.review.internal.ReviewSignatures;
import waypoint.review.internal.ReviewStore;
import waypoint.review.web.ReviewForms.ExceptionForm;
import waypoint.review.web.ReviewForms.PlanForm;
import waypoint.review.web.ReviewForms.ReflectionForm;
import waypoint.shared.web.FormChecks;

/** Progress reviews over HTTP, with the same rules as the pages: the service authorises every call. */
@RestController
@RequestMapping("/api/v1")
class ReviewsApi {

    private final ReviewService reviews;
    private final ReviewRecords records;
    private final ReviewSignatures signatures;

    private final ReviewSettings settings;
    private final ApplicationEventPublisher events;
    private final Validator validator;

    ReviewsApi(ReviewService reviews, ReviewRecords records, ReviewSignatures signatures,
            ReviewSettings settings, ApplicationEventPublisher events, Validator validator) {
        this.reviews = reviews;
        this.records = records;
        this.signatures = signatures;
        this.settings = settings;
        this.events = events;
        this.validator = validator;
    }

    record ReviewEntry(UUID id, ApprenticeshipId apprenticeshipId, int number, String state, LocalDate dueDate,
            boolean overdue,
            boolean paused, String dueExplanation, String exceptionReason, Instant meetingAt, String meetingPlace,
            LocalDate heldOn, int recordVersion, Instant signedAt, int lockVersion) {

        static ReviewEntry of(ReviewRow r, LocalDate today) {
            return new ReviewEntry(r.id(), r.apprenticeshipId(), r.number(), r.state().name(), r.dueDate(),
                    r.overdueOn(today), r.paused(), r.dueExplanation(), r.exceptionReason(), r.meetingAt(),
                    r.meetingPlace(), r.heldOn(), r.recordVersion(), r.signedAt(), r.lockVersion());
        }
    }

    record SignatureEntry(String party, String typedName, Instant signedAt, String ipAddress, String sha256,
            String verification) {
    }

    /** {@code functionalSkills}: the functional skills qualifications the latest version plans, if there is one. */
    record ReviewDetail(ReviewEntry review, String reflection, ReviewDraft draft, Integer latestVersion,
            String canonicalText, List<String> changes, List<SignatureEntry> signatures, List<String> waitingFor,
            PlannedFunctionalSkills functionalSkills) {
    }

    @GetMapping("/apprenticeships/{id}/reviews")
    List<ReviewEntry> ofApprenticeship(CurrentUser user, @PathVariable ApprenticeshipId id) {
        ReviewService.History history = reviews.history(user, id);
        return history.reviews().stream().map(r -> ReviewEntry.of(r, history.today())).toList();
    }

    /** A review held with the apprentice's previous provider, as brought in with their transfer pack: read-only. */
    record PriorReviewEntry(UUID id, ApprenticeshipId apprenticeshipId, String previousProvider, String previousUkprn,
            Integer number, LocalDate heldOn, LocalDate dueDate, List<waypoint.review.SignedReviews.Signer> signers,
            List<waypoint.review.PriorReviewDetails.Field> record, boolean anonymised) {

        static PriorReviewEntry of(waypoint.review.internal.PriorReview r) {
            return new PriorReviewEntry(r.id(), r.apprenticeshipId(), r.previousProvider(), r.previousUkprn(),
                    r.number(), r.heldOn(), r.dueDate(), r.signers(), r.content(), r.isAnonymised());
        }
    }

    /** The apprenticeship's reviews held with a previous provider, the latest first. */
    @GetMapping("/apprenticeships/{id}/prior-reviews")
    List<PriorReviewEntry> priorReviews(CurrentUser user, @PathVariable ApprenticeshipId id) {
        return reviews.history(user, id).priorReviews().stream().map(PriorReviewEntry::of).toList();
    }

    @GetMapping("/reviews/{id}")
    ReviewDetail review(CurrentUser user, @PathVariable UUID id) {
        ReviewService.ReviewView view = reviews.view(user, id);
        return new ReviewDetail(ReviewEntry.of(view.review(), view.today()), view.review().reflection(),
                view.canManage() ? view.draft() : null,
                view.latest().map(ReviewStore.StoredVersion::number).orElse(null),
                view.latest().map(ReviewStore.StoredVersion::canonicalText).orElse(null),
                view.latest().map(ReviewStore.StoredVersion::changes).orElse(List.of()),
                view.signatures().stream().map(s -> new SignatureEntry(s.party().name(), s.signature().typedName(),
                        s.signature().signedAt(), s.signature().ipAddress(), s.signature().documentSha256(),
                        s.verification().name())).toList(),
                view.latest().isEmpty() ? List.of() : view.unsigned().stream().map(Enum::name).toList(),
                view.content().map(ReviewContent::functionalSkills).orElse(null));
    }

    @PostMapping("/reviews/{id}/plan")
    ReviewDetail plan(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody PlanForm request) {
        reviews.plan(user, id, lock(request.lockVersion()), request.day(), request.at(), request.where());
        return review(user, id);
    }

    @PostMapping("/reviews/{id}/exception")
    ReviewDetail exception(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ExceptionForm request) {
        reviews.agreeException(user, id, lock(request.lockVersion()), request.due(), request.reason(),
                request.agreedBy(), request.agreed());
        return review(user, id);
    }

    @PutMapping("/reviews/{id}/reflection")
    ReviewDetail reflect(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReflectionForm request) {
        records.reflect(user, id, lock(request.lockVersion()), request.text());
        return review(user, id);
    }

    @PutMapping("/reviews/{id}/record")
    ReviewDetail saveRecord(CurrentUser user, @PathVariable UUID id, @RequestBody ReviewDraft draft) {
        records.saveDraft(user, id, draft);
        return review(user, id);
    }

    record LockRequest(Integer lockVersion) {
    }

    @PostMapping("/reviews/{id}/send-for-signatures")
    ReviewDetail send(CurrentUser user, @PathVariable UUID id, @RequestBody LockRequest request) {
        records.sendForSignatures(user, id, lock(request.lockVersion()));
        return review(user, id);
    }

    @PostMapping("/reviews/{id}/amend")
    ReviewDetail amend(CurrentUser user, @PathVariable UUID id, @RequestBody LockRequest request) {
        records.amend(user, id, lock(request.lockVersion()));
        return review(user, id);
    }

    record SignRequest(Integer version, String fullName) {
    }

    @PostMapping("/reviews/{id}/signatures")
    ReviewDetail sign(CurrentUser user, @PathVariable UUID id, @RequestBody SignRequest request,
            HttpServletRequest http) {
        signatures.sign(user, id, request.version() == null ? 0 : request.version(), request.fullName(),
                http.getRemoteAddr());
        return review(user, id);
    }

    /** The provider's review template and chasing days; any member of staff reads them. */
    @GetMapping("/review-settings")
    ReviewSettings.Settings settings(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("Review settings are for staff");
        }
        return settings.current();
    }

    record SettingsRequest(Integer chaseAfterDays, List<ReviewTemplate.Section> sections) {
    }

    /** Administrators adjust the template (new drafts use it; signed versions keep their own headings). */
    @PutMapping("/review-settings")
    ReviewSettings.Settings changeSettings(CurrentUser user, @RequestBody SettingsRequest request) {
        if (!user.has(waypoint.identity.Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators change the review settings");
        }
        List<ReviewTemplate.Section> sections = request.sections() == null ? List.of() : request.sections();
        FormChecks.require(validator, new ReviewSettings.Proposed(request.chaseAfterDays(), sections));
        ReviewSettings.requireDistinctKeys(sections);
        settings.change(request.chaseAfterDays(), new ReviewTemplate(sections.stream()
                .map(s -> new ReviewTemplate.Section(s.key(), s.heading().strip(),
                        s.hint() == null ? "" : s.hint().strip())).toList()));
        events.publishEvent(waypoint.shared.audit.RecordChanged.updated("review settings", new UUID(0, 1), "",
                request.chaseAfterDays() + " days; " + sections.size() + " sections"));
        return settings.current();
    }

    private static int lock(Integer lockVersion) {
        return lockVersion == null ? -1 : lockVersion;
    }

    @ExceptionHandler({ReviewRefusedException.class, ReviewConflictException.class})
    ProblemDetail conflict(RuntimeException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle(refused instanceof ReviewConflictException ? "The review changed since it was shown"
                : "Not allowed now");
        if (refused instanceof ReviewConflictException conflict) {
            problem.setProperty("changes", conflict.changes());
        }
        return problem;
    }
}
