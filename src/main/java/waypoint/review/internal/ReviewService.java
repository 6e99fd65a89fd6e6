package waypoint.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.TrainingPlans;
import waypoint.identity.CurrentUser;
import waypoint.organisation.ProviderProfile;
import waypoint.review.ReviewProgressSource;
import waypoint.review.ReviewProgressSource.ProgressLine;
import waypoint.review.ReviewState;
import waypoint.review.internal.ReviewStore.Action;
import waypoint.review.internal.ReviewStore.ReviewSignature;
import waypoint.review.internal.ReviewStore.StoredVersion;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.signing.DocumentHash;
import waypoint.shared.signing.Signature;
import waypoint.shared.signing.Signing;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * Progress reviews of one apprenticeship: the schedule, the meeting, the record and its signatures (issue 7). Every
 * change is checked against the review table and made only on the version of the review the person was shown.
 */
@Service
public class ReviewService {

    static final int LONGEST_TEXT = 4000;
    static final List<String> ACTION_STATUSES = List.of("OPEN", "MET", "PARTLY_MET", "NOT_MET");

    private final ReviewStore store;
    private final ReviewPolicy policy;
    private final Apprenticeships apprenticeships;
    private final TrainingPlans plans;
    private final ProviderProfile provider;
    private final ReviewSettings settings;
    private final List<ReviewProgressSource> sources;
    private final Signing signing;
    private final ReviewEmails emails;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReviewService(ReviewStore store, ReviewPolicy policy, Apprenticeships apprenticeships, TrainingPlans plans,
            ProviderProfile provider, ReviewSettings settings, List<ReviewProgressSource> sources, Signing signing,
            ReviewEmails emails, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.policy = policy;
        this.apprenticeships = apprenticeships;
        this.plans = plans;
        this.provider = provider;
        this.settings = settings;
        this.sources = sources;
        this.signing = signing;
        this.emails = emails;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    // ---- the schedule ----------------------------------------------------------------------------------------

    /**
     * Makes sure a started, active apprenticeship has its next review on the schedule, and that an unplanned or
     * planned one's due date follows its anchor and breaks (unless an exception was agreed). Idempotent.
     */
    @Transactional
    public void schedule(UUID apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = apprenticeships.find(apprenticeshipId).orElse(null);
        if (apprenticeship == null) {
            return;
        }
        Optional<ReviewRow> open = store.open(apprenticeshipId);
        Instant now = clock.instant();
        if (!started(apprenticeship.status())) {
            if (!apprenticeship.isActive()) {
                open.ifPresent(review -> store.apply(review.cancel(), now));
            }
            return;
        }
        if (open.isPresent()) {
            ReviewRow review = open.get();
            if (!review.hasException()) {
                Optional<ReviewSchedule.Due> due = due(apprenticeship, review.anchorDate(), review.number() == 1);
                store.setDue(review.id(), due.map(ReviewSchedule.Due::date).orElse(null),
                        due.map(ReviewSchedule.Due::explanation).orElse("Paused: the apprentice is on a break in"
                                + " learning"), now);
            }
            return;
        }
        Optional<LocalDate> lastHeld = store.lastHeld(apprenticeshipId);
        LocalDate anchor = lastHeld.orElse(apprenticeship.startDate());
        Optional<ReviewSchedule.Due> due = due(apprenticeship, anchor, lastHeld.isEmpty());
        store.insertDue(UUID.randomUUID(), apprenticeshipId, store.nextNumber(apprenticeshipId), anchor,
                due.map(ReviewSchedule.Due::date).orElse(null),
                due.map(ReviewSchedule.Due::explanation).orElse("Paused: the apprentice is on a break in learning"),
                null, now);
    }

    private static boolean started(ApprenticeshipStatus status) {
        return status == ApprenticeshipStatus.IN_LEARNING || status == ApprenticeshipStatus.BREAK_IN_LEARNING;
    }

    private Optional<ReviewSchedule.Due> due(ApprenticeshipSummary apprenticeship, LocalDate anchor, boolean first) {
        var cadence = ReviewSchedule.cadence(apprenticeship.startDate(),
                provider.planningPolicy().reviewIntervalWeeks());
        return ReviewSchedule.due(cadence, anchor, first, apprenticeships.breaksOf(apprenticeship.id()));
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** The apprenticeship's reviews, the newest first, with what the person may do. */
    @Transactional(readOnly = true)
    public History history(CurrentUser user, UUID apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        return new History(apprenticeship, store.ofApprenticeship(apprenticeshipId), today(),
                policy.canManage(user, apprenticeship));
    }

    public record History(ApprenticeshipSummary apprenticeship, List<ReviewRow> reviews, LocalDate today,
            boolean canManage) {
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

    /** Plans (or re-plans) the meeting and invites the three people. */
    @Transactional
    public void plan(CurrentUser user, UUID reviewId, int lockVersion, String date, String time, String place) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        ApprenticeshipSummary apprenticeship = policy.requireManage(user, review.apprenticeshipId());
        ReviewTable.require(review.state(), ReviewTable.Action.PLAN);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<LocalDate> day = DateText.parse(date);
        if (day.isEmpty()) {
            errors.put("date", "Enter the date of the meeting as a real date, like 27/3/2026");
        } else if (day.get().isBefore(today())) {
            errors.put("date", "The date of the meeting must be today or later");
        }
        Optional<java.time.LocalTime> at = parseTime(time);
        if (at.isEmpty()) {
            errors.put("time", "Enter the time of the meeting, like 10:30");
        }
        if (place == null || place.isBlank()) {
            errors.put("place", "Enter where the meeting is, or the link to join it");
        } else if (place.length() > 500) {
            errors.put("place", "The place or link must be 500 characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        Instant meeting = LocalDateTime.of(day.get(), at.get()).atZone(Dates.LONDON).toInstant();
        apply(review.plan(lockVersion, meeting, place.strip()));
        events.publishEvent(RecordChanged.updated("progress review", reviewId, review.state().words(),
                "meeting on " + Dates.of(meeting) + " at " + place.strip()));
        emails.send("review-invite:" + reviewId + ":" + meeting, apprenticeship, reviewId,
                "Progress review on " + Dates.of(meeting),
                "Progress review " + review.number() + " is planned for " + Dates.of(meeting) + ", at: "
                        + place.strip() + ". The apprentice, the employer and the tutor are invited."
                        + " Apprentice: please write your self-reflection before the meeting.");
    }

    /**
     * A meeting already held, recorded by the system for imported and demo records (its date is in the past, which a
     * person may not plan); the review's table still decides whether it may be planned.
     */
    @Transactional
    public void recordHeldMeeting(UUID reviewId, Instant at, String place) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        apply(review.plan(review.lockVersion(), at, place));
    }

    static Optional<java.time.LocalTime> parseTime(String time) {
        if (time == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalTime.parse(time.strip().length() == 4 ? "0" + time.strip()
                    : time.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Another due date, with an evidenced reason and the employer's agreement (DOMAIN.md, 2025-26: “a different
     * frequency is allowed with an evidenced reason agreed by the employer”).
     */
    @Transactional
    public void agreeException(CurrentUser user, UUID reviewId, int lockVersion, String dueDate, String reason,
            String agreedBy, String agreedOn) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        policy.requireManage(user, review.apprenticeshipId());
        ReviewTable.require(review.state(), ReviewTable.Action.AGREE_EXCEPTION);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<LocalDate> due = DateText.parse(dueDate);
        if (due.isEmpty()) {
            errors.put("dueDate", "Enter the agreed due date as a real date, like 27/3/2026");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Enter the evidenced reason for another due date");
        } else if (reason.length() > LONGEST_TEXT) {
            errors.put("reason", "The reason must be " + LONGEST_TEXT + " characters or fewer");
        }
        if (agreedBy == null || agreedBy.isBlank()) {
            errors.put("agreedBy", "Enter who agreed it for the employer");
        }
        Optional<LocalDate> on = DateText.parse(agreedOn);
        if (on.isEmpty()) {
            errors.put("agreedOn", "Enter the date the employer agreed, like 27/3/2026");
        } else if (on.get().isAfter(today())) {
            errors.put("agreedOn", "The date the employer agreed must be today or earlier");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        apply(review.agreeException(lockVersion, due.get(), "Agreed with the employer (" + agreedBy.strip() + ", "
                + Dates.of(on.get()) + "): " + reason.strip(), reason.strip(), agreedBy.strip(), on.get()));
        events.publishEvent(RecordChanged.updated("progress review due date", reviewId, Dates.of(review.dueDate()),
                Dates.of(due.get()) + " agreed by " + agreedBy.strip() + ": " + reason.strip()));
    }

    // ---- the record ------------------------------------------------------------------------------------------

    /** The apprentice's self-reflection, written before the meeting. */
    @Transactional
    public void reflect(CurrentUser user, UUID reviewId, int lockVersion, String reflection) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        ApprenticeshipSummary apprenticeship = policy.requireView(user, review.apprenticeshipId());
        if (!policy.isLearner(user, apprenticeship)) {
            throw new AccessDeniedException("Only the apprentice writes their self-reflection");
        }
        ReviewTable.require(review.state(), ReviewTable.Action.REFLECT);
        if (reflection == null || reflection.isBlank()) {
            throw new FieldValidationException(Map.of("reflection", "Enter your self-reflection"));
        }
        if (reflection.length() > LONGEST_TEXT) {
            throw new FieldValidationException(Map.of("reflection",
                    "Your self-reflection must be " + LONGEST_TEXT + " characters or fewer"));
        }
        apply(review.reflect(lockVersion, reflection.strip()));
        events.publishEvent(RecordChanged.updated("progress review self-reflection", reviewId, "", "written"));
    }

    /** Saves the record as typed (checking only lengths), so nothing is lost before it is complete. */
    @Transactional
    public void saveDraft(CurrentUser user, UUID reviewId, ReviewDraft draft) {
        ReviewRow review = store.find(reviewId).orElseThrow(() -> new NotFoundException("Review"));
        policy.requireManage(user, review.apprenticeshipId());
        ReviewTable.require(review.state(), ReviewTable.Action.EDIT_RECORD);
        Map<String, String> errors = new LinkedHashMap<>();
        draft.sections().forEach((key, text) -> {
            if (text != null && text.length() > LONGEST_TEXT) {
                errors.put("sections[" + key + "]", "Each section must be " + LONGEST_TEXT + " characters or fewer");
            }
        });
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        apply(review.writeRecord(draft.lockVersion(), json.writeValueAsString(draft)));
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
        ReviewDraft draft = draftOf(review);
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
        List<Action> previous = previousActions(review);
        for (Action action : previous) {
            String status = draft.actionStatuses().get(action.id().toString());
            if (status != null && ACTION_STATUSES.contains(status)) {
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
        apply(review.sendForSignatures(lockVersion, number, content.heldOn()));
        events.publishEvent(RecordChanged.created("progress review record version " + number, reviewId,
                String.join("; ", changes)));
        if (store.open(review.apprenticeshipId()).isEmpty()) {
            schedule(review.apprenticeshipId());
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
        apply(review.amend(lockVersion));
        events.publishEvent(RecordChanged.updated("progress review", reviewId, review.state().words(),
                "being amended"));
    }

    /** The typed draft checked as a whole, every wrong answer at once, named as the form names its fields. */
    ReviewContent check(ReviewRow review, ApprenticeshipSummary apprenticeship, ReviewDraft draft, boolean first) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<LocalDate> held = DateText.parse(draft.heldOn());
        if (held.isEmpty()) {
            errors.put("heldOn", "Enter the date the review was held as a real date, like 27/3/2026");
        } else if (held.get().isAfter(today())) {
            errors.put("heldOn", "The date the review was held must be today or earlier");
        } else if (held.get().isBefore(apprenticeship.startDate())) {
            errors.put("heldOn", "The review cannot be before the start, " + Dates.of(apprenticeship.startDate()));
        }
        if (review.reflection().isBlank()) {
            errors.put("reflection", "The apprentice has not written their self-reflection yet");
        }
        List<ReviewContent.Written> written = new ArrayList<>();
        for (ReviewTemplate.Section section : settings.current().template().sections()) {
            String text = Optional.ofNullable(draft.sections().get(section.key())).orElse("").strip();
            if (text.isEmpty()) {
                errors.put("sections[" + section.key() + "]", "Enter " + lower(section.heading()));
            }
            written.add(new ReviewContent.Written(section.heading(), text));
        }
        List<ReviewContent.Target> targets = new ArrayList<>();
        List<ReviewDraft.TargetDraft> typed = draft.targets().stream().filter(t -> !t.blank()).toList();
        if (typed.isEmpty()) {
            errors.put("targets[0].title", "Add at least one target for the next review");
        }
        for (int i = 0; i < draft.targets().size(); i++) {
            ReviewDraft.TargetDraft t = draft.targets().get(i);
            if (t.blank()) {
                continue;
            }
            String field = "targets[" + i + "]";
            String title = t.title() == null ? "" : t.title().strip();
            if (title.isEmpty() || title.length() > 200) {
                errors.put(field + ".title", "Enter target " + (i + 1) + " in 200 characters or fewer");
            }
            Optional<LocalDate> by = DateText.parse(t.targetDate());
            if (by.isEmpty()) {
                errors.put(field + ".targetDate", "Enter the date of target " + (i + 1) + " as a real date");
            }
            List<String> ksbs = t.ksbs() == null ? List.of() : Arrays.stream(t.ksbs().split("[,\\s]+"))
                    .filter(c -> !c.isBlank()).map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList();
            targets.add(new ReviewContent.Target(title, by.orElse(null), ksbs));
        }
        Optional<LocalDate> next = DateText.parse(draft.nextReviewDate());
        if (next.isEmpty()) {
            errors.put("nextReviewDate", "Enter the date of the next review as a real date, like 27/3/2026");
        } else if (held.isPresent() && !next.get().isAfter(held.get())) {
            errors.put("nextReviewDate", "The next review must be after this one");
        } else if (held.isPresent()) {
            due(apprenticeship, held.get(), false).filter(d -> next.get().isAfter(d.date())).ifPresent(d ->
                    errors.put("nextReviewDate", "The next review must be by " + Dates.of(d.date())
                            + ", the due date by the cadence; agree another date with the employer on the next"
                            + " review instead"));
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        List<ProgressLine> progress = new ArrayList<>();
        LocalDate since = review.anchorDate();
        plans.latest(systemView(apprenticeship), apprenticeship.id()).ifPresent(p -> progress.add(new ProgressLine(
                "Training plan", "Version " + p.version() + ": " + (p.plannedOtjHours() == null ? "no"
                        : p.plannedOtjHours().toPlainString()) + " off-the-job hours planned, " + p.milestones()
                        + " milestones")));
        sources.forEach(source -> progress.addAll(source.progress(apprenticeship, since, held.get())));
        List<ReviewContent.ActionOutcome> outcomes = previousActions(review).stream()
                .map(a -> new ReviewContent.ActionOutcome(a.title(), a.targetDate(), statusWords(
                        Optional.ofNullable(draft.actionStatuses().get(a.id().toString())).orElse(a.status()))))
                .toList();
        return new ReviewContent(review.number(), apprenticeship.learnerName(), apprenticeship.employerName(),
                apprenticeship.standardLabel(), apprenticeship.tutorName(), held.get(), review.reflection(),
                progress, outcomes, written, targets, next.get());
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

    // ---- signatures ------------------------------------------------------------------------------------------

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
        ReviewState next = ReviewTable.require(review.state(), existing.size() == ReviewParty.values().length - 1
                ? ReviewTable.Action.SIGN_LAST : ReviewTable.Action.SIGN);
        Signature signature = signing.sign(user.id(), user.displayName(), typedName, ipAddress,
                latest.canonicalText());
        store.keepSignature(reviewId, latest.number(), party, signature);
        events.publishEvent(RecordChanged.created("progress review signature", reviewId,
                party.words() + " signed version " + latest.number() + " as " + signature.typedName()));
        if (next == ReviewState.SIGNED) {
            apply(review.signLast(clock.instant()));
            emails.send("review-signed:" + reviewId + ":v" + latest.number(), apprenticeship, reviewId,
                    "Progress review " + review.number() + " is signed",
                    "All three of you have signed progress review " + review.number() + ". The record is locked;"
                            + " its PDF is on the review's page.");
        }
        return next;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Writes what the review decided, unless someone changed it meanwhile. */
    private void apply(ReviewRow.Change change) {
        if (!store.apply(change, clock.instant())) {
            throw new ReviewConflictException("Someone else changed this review while you were working on it."
                    + " What you typed is kept below: check it against their changes and save again.", List.of());
        }
    }

    ReviewDraft draftOf(ReviewRow review) {
        ReviewDraft stored = "{}".equals(review.draftJson().replace(" ", "")) ? ReviewDraft.empty(0)
                : json.readValue(review.draftJson(), ReviewDraft.class);
        return new ReviewDraft(review.lockVersion(), stored.heldOn(), stored.sections(), stored.targets(),
                stored.actionStatuses(), stored.nextReviewDate().isEmpty() && review.suggestedDate() != null
                        ? review.suggestedDate().toString() : stored.nextReviewDate());
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
