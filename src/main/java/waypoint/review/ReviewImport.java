package waypoint.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.Ksb;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.review.internal.ReviewDraft;
import waypoint.review.internal.ReviewJobs;
import waypoint.review.internal.ReviewRecords;
import waypoint.review.internal.ReviewRow;
import waypoint.review.internal.ReviewService;
import waypoint.review.internal.ReviewSignatures;
import waypoint.review.internal.ReviewStore;
import waypoint.shared.time.GovUkDates;

/**
 * Reviews recorded by the system rather than typed by people (the demo provider, a migration): a review held on a
 * past date and signed by whom it says, or an agreed due date. Each step goes through the review service as the
 * person who would take it, so the same rules and versions apply.
 */
@Service
public class ReviewImport {

    private static final String ADDRESS = "127.0.0.1";

    private final ReviewService reviews;
    private final ReviewRecords records;
    private final ReviewSignatures signatures;
    private final ReviewStore store;
    private final ReviewJobs jobs;
    private final Apprenticeships apprenticeships;
    private final UserAccounts accounts;
    private final Standards standards;

    ReviewImport(ReviewService reviews, ReviewRecords records, ReviewSignatures signatures, ReviewStore store,
            ReviewJobs jobs, Apprenticeships apprenticeships, UserAccounts accounts, Standards standards) {
        this.reviews = reviews;
        this.records = records;
        this.signatures = signatures;
        this.store = store;
        this.jobs = jobs;
        this.apprenticeships = apprenticeships;
        this.accounts = accounts;
        this.standards = standards;
    }

    /** Puts every started apprenticeship without a next review on the schedule. */
    public void scheduleAll() {
        jobs.scheduleMissing();
    }

    /** Whether any review of the apprenticeship has been held (its record sent for signatures). */
    public boolean anyHeld(ApprenticeshipId apprenticeshipId) {
        return store.ofApprenticeship(apprenticeshipId).stream().anyMatch(r -> r.recordVersion() > 0);
    }

    /**
     * The apprenticeship's next review held on {@code heldOn}: the meeting, the apprentice's self-reflection, the
     * tutor's record (one target on the standard's first KSB, the next review 8 weeks on), sent for signatures and
     * signed by the apprentice, the tutor and, if {@code employerSigns}, the line manager.
     */
    @Transactional
    public void hold(ApprenticeshipId apprenticeshipId, LocalDate heldOn, boolean employerSigns) {
        hold(apprenticeshipId, heldOn, employerSigns, PlannedFunctionalSkills.NONE);
    }

    /** The same, the record stating the functional skills qualifications planned at the review. */
    @Transactional
    public void hold(ApprenticeshipId apprenticeshipId, LocalDate heldOn, boolean employerSigns,
            PlannedFunctionalSkills functionalSkills) {
        reviews.schedule(apprenticeshipId);
        ApprenticeshipSummary a = apprenticeships.find(apprenticeshipId).orElseThrow();
        ReviewRow review = store.open(apprenticeshipId).orElseThrow();
        CurrentUser tutor = person(a.tutorAccountId(), Role.TUTOR);
        CurrentUser learner = person(a.learnerAccountId(), Role.LEARNER);
        reviews.recordHeldMeeting(review.id(), heldOn.atTime(10, 0).atZone(GovUkDates.LONDON).toInstant(),
                "At the employer's office");
        int lock = store.find(review.id()).orElseThrow().lockVersion();
        records.reflect(learner, review.id(), lock, "I have worked on the team's web application, written tests for"
                + " my changes and presented my work at the team meeting. I found estimating hard.");
        lock = store.find(review.id()).orElseThrow().lockVersion();
        String ksb = standards.find(a.standardReference(), a.standardVersion()).flatMap(s -> s.ksbs().stream()
                .map(Ksb::code).findFirst()).orElse("K1");
        records.saveDraft(tutor, review.id(), new ReviewDraft(lock, heldOn.toString(), Map.of(
                "workCompleted", "Built and tested the booking page; presented it to the team.",
                "priorities", "The payments project with the senior developer.",
                "offTheJob", "Wednesday study days kept; hours on plan, no slippage.",
                "supportNeeds", "None.",
                "englishAndMaths", "Maths functional skills Level 2 booked for next month.",
                "healthAndSafety", "Discussed display screen breaks and online safety; no concerns. Knows how to"
                        + " raise a safeguarding concern.",
                "employerView", "Good progress; more confident working alone.",
                "circumstances", "None."),
                List.of(new ReviewDraft.TargetDraft("Estimate and deliver two small changes", heldOn.plusWeeks(6)
                        .toString(), ksb)), Map.of(), heldOn.plusWeeks(8).toString(),
                functionalSkills.englishChoice(), functionalSkills.mathsChoice()));
        lock = store.find(review.id()).orElseThrow().lockVersion();
        int version = records.sendForSignatures(tutor, review.id(), lock);
        signatures.sign(learner, review.id(), version, learner.displayName(), ADDRESS);
        if (employerSigns && a.lineManagerAccountId() != null) {
            CurrentUser manager = person(a.lineManagerAccountId(), Role.EMPLOYER_CONTACT);
            signatures.sign(manager, review.id(), version, manager.displayName(), ADDRESS);
        }
        signatures.sign(tutor, review.id(), version, tutor.displayName(), ADDRESS);
    }

    /** The next review's due date agreed with the employer, with the reason. */
    @Transactional
    public void agreeDueDate(ApprenticeshipId apprenticeshipId, LocalDate due, String reason, String agreedBy) {
        reviews.schedule(apprenticeshipId);
        ApprenticeshipSummary a = apprenticeships.find(apprenticeshipId).orElseThrow();
        ReviewRow review = store.open(apprenticeshipId).orElseThrow();
        reviews.agreeException(person(a.tutorAccountId(), Role.TUTOR), review.id(), review.lockVersion(),
                due, reason, agreedBy, review.anchorDate().isAfter(due) ? due : review.anchorDate());
    }

    private CurrentUser person(UUID accountId, Role role) {
        var account = accounts.find(accountId).orElseThrow(() -> new IllegalStateException("No account " + accountId));
        return new CurrentUser(account.id(), account.email(), account.displayName(), Set.of(role));
    }
}
