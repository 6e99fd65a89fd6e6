package waypoint.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.enrolment.TrainingPlans;
import waypoint.identity.CurrentUser;
import waypoint.review.ReviewProgressSource;
import waypoint.review.ReviewProgressSource.ProgressLine;
import waypoint.review.internal.ReviewStore.Action;
import waypoint.review.internal.ReviewStore.StoredVersion;
import waypoint.shared.NotFoundException;
import waypoint.shared.signing.DocumentHash;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * The record of a progress review: the apprentice's self-reflection, the tutor's draft, sending it for the three
 * signatures as a new version (its targets tracked, the next review scheduled) and amending it
 * (docs/domain/progress-reviews.md). Every change goes through the review's intention-named methods.
 */
@Service
public class ReviewRecords {

    private final ReviewService reviews;
    private final ReviewStore store;
    private final ReviewPolicy policy;
    private final TrainingPlans plans;
    private final ReviewSettings settings;
    private final List<ReviewProgressSource> sources;
    private final ReviewEmails emails;
    private final JsonMapper json;
    private final Clock clock;
    private final ReviewRepository repository;
    private final Validator validator;

    ReviewRecords(ReviewService reviews, ReviewStore store, ReviewPolicy policy, TrainingPlans plans,
            ReviewSettings settings, List<ReviewProgressSource> sources, ReviewEmails emails, JsonMapper json,
            Clock clock, ReviewRepository repository, Validator validator) {
        this.validator = validator;
        this.reviews = reviews;
        this.store = store;
        this.policy = policy;
        this.plans = plans;
        this.settings = settings;
        this.sources = sources;
        this.emails = emails;
        this.json = json;
        this.clock = clock;
        this.repository = repository;
    }

    /** The apprentice's self-reflection, written before the meeting. */
    @Transactional
    public void reflect(CurrentUser user, UUID reviewId, int lockVersion, String reflection) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        ApprenticeshipSummary apprenticeship = policy.requireView(user, review.apprenticeshipId());
        if (!policy.isLearner(user, apprenticeship)) {
            throw new AccessDeniedException("Only the apprentice writes their self-reflection");
        }
        ReviewTable.require(review.state(), ReviewTable.Action.REFLECT);
        repository.save(review.reflect(lockVersion, reflection));
    }

    /** Saves the record as typed (checking only lengths), so nothing is lost before it is complete. */
    @Transactional
    public void saveDraft(CurrentUser user, UUID reviewId, ReviewDraft draft) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        policy.requireManage(user, review.apprenticeshipId());
        ReviewTable.require(review.state(), ReviewTable.Action.EDIT_RECORD);
        FormChecks.require(validator, draft);
        repository.save(review.writeRecord(draft.lockVersion(), json.writeValueAsString(draft)));
    }

    /**
     * Checks the record is complete, keeps it as the next version, makes its targets the tracked actions and new
     * milestones on the training plan, puts the next review on the schedule and asks the three people to sign.
     */
    @Transactional
    public int sendForSignatures(CurrentUser user, UUID reviewId, int lockVersion) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        ApprenticeshipSummary apprenticeship = policy.requireManage(user, review.apprenticeshipId());
        ReviewTable.require(review.state(), ReviewTable.Action.SEND_FOR_SIGNATURES);
        if (review.lockVersion() != lockVersion) {
            throw new ReviewConflictException("Someone else changed this review since you opened it: check it"
                    + " and send it again.", List.of());
        }
        ReviewDraft draft = reviews.draftOf(review);
        List<StoredVersion> versions = store.versions(reviewId);
        ReviewContent content = check(review, apprenticeship, draft, versions.isEmpty());
        int number = versions.isEmpty() ? 1 : versions.get(0).number() + 1;
        List<String> changes = versions.isEmpty() ? List.of("First version")
                : content.changesSince(json.readValue(versions.get(0).contentJson(), ReviewContent.class));
        String text = content.canonicalText(number);
        store.insertVersion(reviewId, number, json.writeValueAsString(content), text, DocumentHash.of(text), changes,
                clock.instant(), user.id());
        List<ReviewContent.Target> before = versions.isEmpty() ? List.of()
                : json.readValue(versions.get(0).contentJson(), ReviewContent.class).targets();
        store.replaceActions(reviewId, review.apprenticeshipId(), content.targets());
        List<Action> previous = reviews.previousActions(review);
        for (Action action : previous) {
            String status = draft.actionStatuses().get(action.id().toString());
            if (status != null && ReviewService.ACTION_STATUSES.contains(status)) {
                store.setActionStatus(action.id(), status);
            }
        }
        // only targets not already on the plan from an earlier version of this record become new milestones, and
        // only those naming KSBs: a target for English and maths, health and safety or wider development is tracked
        // as a review action alone (docs/domain/progress-reviews.md)
        List<TrainingPlans.NewMilestone> milestones = content.targets().stream().filter(t -> !before.contains(t))
                .filter(t -> !t.ksbs().isEmpty())
                .map(t -> new TrainingPlans.NewMilestone(t.title(), t.targetDate(), t.ksbs())).toList();
        try {
            plans.addMilestones(user, review.apprenticeshipId(), milestones);
        } catch (TrainingPlans.MilestonesRefusedException refused) {
            throw new FieldValidationException(Map.of("targets", String.join("; ", refused.reasons())));
        }
        repository.save(review.sendForSignatures(lockVersion, number, content.heldOn(), changes));
        if (store.open(review.apprenticeshipId()).isEmpty()) {
            reviews.schedule(review.apprenticeshipId());
            store.open(review.apprenticeshipId()).ifPresent(nextReview -> store.suggestDate(nextReview.id(),
                    content.nextReviewDate(), clock.instant()));
        }
        emails.send("review-sign:" + reviewId + ":v" + number, apprenticeship, reviewId,
                "Please sign progress review " + review.number(),
                "Version " + number + " of the record of progress review " + review.number()
                        + " is ready for your signature. " + (number == 1 ? "" : "What changed: "
                        + String.join("; ", changes) + "."));
        return number;
    }

    /** Opens a signed (or waiting) record for an amendment, which becomes a new version signed again. */
    @Transactional
    public void amend(CurrentUser user, UUID reviewId, int lockVersion) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        policy.requireManage(user, review.apprenticeshipId());
        repository.save(review.amend(lockVersion));
    }

    /**
     * The typed draft checked: first its questions (every wrong answer at once, named as the form names its fields),
     * then the rules of the review: the day it was held, the apprentice's self-reflection, the template's sections
     * and the next review's date.
     */
    ReviewContent check(ReviewRow review, ApprenticeshipSummary apprenticeship, ReviewDraft draft, boolean first) {
        FormChecks.require(validator, draft, ReviewDraft.Complete.class);
        PlannedFunctionalSkills functionalSkills = PlannedFunctionalSkills.chosen(draft.functionalSkillsEnglish(),
                draft.functionalSkillsMaths());
        LocalDate held = TypedValues.date(draft.heldOn()).orElseThrow();
        LocalDate next = TypedValues.date(draft.nextReviewDate()).orElseThrow();
        List<Map.Entry<String, String>> refused = new ArrayList<>();
        if (held.isAfter(reviews.today())) {
            refused.add(Map.entry("heldOn", "The date the review was held must be today or earlier"));
        } else if (held.isBefore(apprenticeship.startDate())) {
            refused.add(Map.entry("heldOn", "The review cannot be before the start, "
                    + GovUkDates.date(apprenticeship.startDate())));
        }
        if (review.reflection().isBlank()) {
            refused.add(Map.entry("reflection", "The apprentice has not written their self-reflection yet"));
        }
        List<ReviewContent.Written> written = new ArrayList<>();
        for (ReviewTemplate.Section section : settings.current().template().sections()) {
            String text = Optional.ofNullable(draft.sections().get(section.key())).orElse("").strip();
            if (text.isEmpty()) {
                refused.add(Map.entry("sections[" + section.key() + "]", "Enter " + lower(section.heading())));
            }
            written.add(new ReviewContent.Written(section.heading(), text));
        }
        if (!next.isAfter(held)) {
            refused.add(Map.entry("nextReviewDate", "The next review must be after this one"));
        } else {
            reviews.due(apprenticeship, held, false).filter(d -> next.isAfter(d.date())).ifPresent(d ->
                    refused.add(Map.entry("nextReviewDate", "The next review must be by " + GovUkDates.date(d.date())
                            + ", the due date by the cadence; agree another date with the employer on the next"
                            + " review instead")));
        }
        if (!refused.isEmpty()) {
            throw new FieldValidationException(refused.stream().collect(Collectors.toMap(Map.Entry::getKey,
                    Map.Entry::getValue, (first1, second) -> first1, LinkedHashMap::new)));
        }
        List<ReviewContent.Target> targets = draft.targets().stream().filter(t -> !t.blank())
                .map(t -> new ReviewContent.Target(t.title().strip(), TypedValues.date(t.targetDate()).orElseThrow(),
                        ksbs(t.ksbs())))
                .toList();
        List<ProgressLine> progress = new ArrayList<>();
        LocalDate since = review.anchorDate();
        plans.latest(systemView(apprenticeship), apprenticeship.id()).ifPresent(p -> progress.add(new ProgressLine(
                "Training plan", "Version " + p.version() + ": " + (p.plannedOtjHours() == null ? "no"
                        : p.plannedOtjHours().toPlainString()) + " off-the-job hours planned, " + p.milestones()
                        + " milestones")));
        sources.forEach(source -> progress.addAll(source.progress(apprenticeship, since, held)));
        List<ReviewContent.ActionOutcome> outcomes = reviews.previousActions(review).stream()
                .map(a -> new ReviewContent.ActionOutcome(a.title(), a.targetDate(), statusWords(
                        Optional.ofNullable(draft.actionStatuses().get(a.id().toString())).orElse(a.status()))))
                .toList();
        return new ReviewContent(review.number(), apprenticeship.learnerName(), apprenticeship.employerName(),
                apprenticeship.standardLabel(), apprenticeship.tutorName(), held, review.reflection(),
                progress, outcomes, written, targets, next, functionalSkills);
    }

    /** The KSB codes of a target as typed (such as k1, S2): upper case, each once. */
    private static List<String> ksbs(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,\\s]+")).filter(c -> !c.isBlank())
                .map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    }

    /** The plan is read with the rights of staff managing the apprenticeship (the caller was authorised already). */
    private static CurrentUser systemView(ApprenticeshipSummary apprenticeship) {
        return new CurrentUser(new UUID(0, 0), "system@waypoint", "Waypoint",
                java.util.Set.of(waypoint.identity.Role.ADMINISTRATOR));
    }

    static String statusWords(String status) {
        return switch (status) {
            case "MET" -> "Met";
            case "PARTLY_MET" -> "Partly met";
            case "NOT_MET" -> "Not met";
            default -> "Open";
        };
    }

    private static String lower(String heading) {
        return heading.startsWith("The ") ? "t" + heading.substring(1) : Character.toLowerCase(heading.charAt(0))
                + heading.substring(1);
    }

}
