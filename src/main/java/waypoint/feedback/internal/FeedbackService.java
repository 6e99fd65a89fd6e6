package waypoint.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.feedback.AssessmentAppealDecided;
import waypoint.feedback.Category;
import waypoint.feedback.Channel;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.FeedbackStatus;
import waypoint.feedback.Outcome;
import waypoint.feedback.internal.ComplaintStages.Action;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.LearnerAccess;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.audit.SensitiveRecordViewed;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.shared.messaging.NotificationRequested;
import waypoint.shared.web.FieldValidationException;

/** Raising feedback and every step of a case: authorise, validate, change the case, record, tell people. */
@Service
public class FeedbackService {

    static final String RECORD_TYPE = "Feedback";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final FeedbackRepository cases;
    private final Timeline timeline;
    private final FeedbackPolicy policy;
    private final Handlers handlers;
    private final SettingsStore settings;
    private final WorkingCalendar calendar;
    private final Learners learners;
    private final LearnerAccess learnerAccess;
    private final Letters letters;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    FeedbackService(FeedbackRepository cases, Timeline timeline, FeedbackPolicy policy, Handlers handlers,
            SettingsStore settings, WorkingCalendar calendar, Learners learners, LearnerAccess learnerAccess,
            Letters letters, ApplicationEventPublisher events, Clock clock,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.cases = cases;
        this.timeline = timeline;
        this.policy = policy;
        this.handlers = handlers;
        this.settings = settings;
        this.calendar = calendar;
        this.learners = learners;
        this.learnerAccess = learnerAccess;
        this.letters = letters;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public Deadlines deadlines() {
        return new Deadlines(calendar, settings.current());
    }

    // --- raising --------------------------------------------------------------------------------------------

    /** A learner or employer contact raises their own feedback; staff raise it on someone's behalf. */
    @Transactional
    public UUID raise(CurrentUser user, RaiseFeedback form) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkCommon(form, errors);
        Instant now = clock.instant();
        Feedback.Raised raised;
        if (user.isStaff()) {
            Channel channel = form.channel() == null ? Channel.EMAIL : form.channel();
            if (!channel.isOnBehalf()) {
                errors.put("channel", "Select how the feedback was received: phone, letter, email or in person");
            }
            if (form.receivedAt() != null && form.receivedAt().isAfter(now)) {
                errors.put("receivedAt", "The date received must be today or in the past");
            }
            LearnerSummary learner = null;
            if (form.learnerId() != null) {
                learner = learners.find(form.learnerId()).filter(l -> learnerAccess.canView(user, l.id()))
                        .orElse(null);
                if (learner == null) {
                    errors.put("learnerId", "Select a learner you work with");
                }
            }
            ComplainantType type = form.complainantType() == null
                    ? (learner != null ? ComplainantType.LEARNER : ComplainantType.OTHER) : form.complainantType();
            boolean isLearner = learner != null && type == ComplainantType.LEARNER;
            String name = blank(form.complainantName()) && isLearner ? learner.fullName() : form.complainantName();
            String email = blank(form.complainantEmail()) && isLearner ? learner.email() : form.complainantEmail();
            if (blank(name)) {
                errors.put("complainantName", "Enter the name of the person giving the feedback");
            }
            checkEmail(email, false, errors);
            throwIf(errors);
            raised = raised(form, channel, user.id(), isLearner ? learner.accountId() : null, name, email, type,
                    learner == null ? null : learner.id());
        } else {
            LearnerSummary self = user.has(Role.LEARNER) ? learners.findByAccount(user.id()).orElse(null) : null;
            UUID learnerId = self != null ? self.id() : null;
            if (user.has(Role.EMPLOYER_CONTACT) && form.learnerId() != null) {
                if (!learnerAccess.canView(user, form.learnerId())) {
                    errors.put("learnerId", "Select one of your apprentices");
                } else {
                    learnerId = form.learnerId();
                }
            }
            throwIf(errors);
            raised = raised(form, Channel.ONLINE, user.id(), user.id(), user.displayName(), user.email(),
                    user.has(Role.LEARNER) ? ComplainantType.LEARNER : ComplainantType.EMPLOYER, learnerId);
        }
        Instant receivedAt = user.isStaff() && form.receivedAt() != null ? form.receivedAt() : now;
        return create(raised, receivedAt, user.displayName());
    }

    /** Anyone at all, through the public form: no account; confirmation by email. */
    @Transactional
    public Feedback raisePublic(RaiseFeedback form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(form.complainantName())) {
            errors.put("complainantName", "Enter your name");
        } else if (form.complainantName().length() > 200) {
            errors.put("complainantName", "Your name must be 200 characters or fewer");
        }
        checkEmail(form.complainantEmail(), true, errors);
        if (form.complainantType() == null) {
            errors.put("complainantType", "Select who you are");
        }
        checkCommon(form, errors);
        throwIf(errors);
        Feedback.Raised raised = raised(form, Channel.PUBLIC_FORM, null, null, form.complainantName().strip(),
                form.complainantEmail().strip(), form.complainantType(), null);
        UUID id = create(raised, clock.instant(), form.complainantName().strip() + " (public form)");
        return cases.findById(id).orElseThrow();
    }

    private Feedback.Raised raised(RaiseFeedback form, Channel channel, UUID raisedBy, UUID complainantAccount,
            String name, String email, ComplainantType type, UUID learnerId) {
        return new Feedback.Raised(form.kind(), Boolean.TRUE.equals(form.formal()), channel, raisedBy,
                complainantAccount, name, blank(email) ? null : email.strip(), type, learnerId,
                form.aboutAccountId(), form.aboutAccountId() == null ? null : handlers.nameOf(form.aboutAccountId()),
                form.summary().strip(), form.details().strip(),
                form.category() == null ? Category.OTHER : form.category(), Boolean.TRUE.equals(form.under18()),
                null, null, null, null, null, Boolean.TRUE.equals(form.prefersOperationsManager()),
                Boolean.TRUE.equals(form.wantsResponse()), form.appealRoute(), form.assessmentDate());
    }

    private void checkCommon(RaiseFeedback form, Map<String, String> errors) {
        if (form.kind() == null) {
            errors.put("kind", "Select what kind of feedback this is");
        }
        if (blank(form.summary())) {
            errors.put("summary", "Enter a short summary");
        } else if (form.summary().length() > 200) {
            errors.put("summary", "The summary must be 200 characters or fewer");
        }
        if (blank(form.details())) {
            errors.put("details", "Enter the details");
        } else if (form.details().length() > 8000) {
            errors.put("details", "The details must be 8000 characters or fewer");
        }
        if (form.kind() == FeedbackKind.APPEAL) {
            if (form.appealRoute() == null) {
                errors.put("appealRoute", "Select what the appeal is about");
            }
            if (form.assessmentDate() == null) {
                errors.put("assessmentDate", "Enter the date of the assessment");
            } else if (form.assessmentDate().isAfter(LocalDate.now(clock))) {
                errors.put("assessmentDate", "The date of the assessment must be today or in the past");
            }
        }
    }

    private static void checkEmail(String email, boolean required, Map<String, String> errors) {
        if (blank(email)) {
            if (required) {
                errors.put("complainantEmail", "Enter your email address");
            }
        } else if (email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            errors.put("complainantEmail", "Enter an email address in the correct format, like name@example.com");
        }
    }

    private static void throwIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }

    private UUID create(Feedback.Raised raised, Instant receivedAt, String actor) {
        Deadlines deadlines = deadlines();
        LocalDate receivedOn = receivedAt.atZone(LONDON).toLocalDate();
        long number = jdbc.sql("SELECT nextval('feedback_reference_seq')").query(Long.class).single();
        String reference = "FB-" + String.format("%05d", number);
        Feedback f = Feedback.raise(reference, raised, receivedAt, receivedOn, firstOwner(raised), deadlines);
        f = cases.save(f);
        timeline.addHandler(f.id(), f.ownerAccountId());
        if (f.channel().isOnBehalf()) {
            // staff who record feedback on someone's behalf are among the people handling it
            timeline.addHandler(f.id(), f.raisedByAccountId());
        }
        timeline.add(f.id(), clock.instant(), actor, "Raised " + describe(f),
                "Received " + Letters.date(receivedOn) + " by " + f.channel().label().toLowerCase() + ".");
        events.publishEvent(RecordChanged.created(RECORD_TYPE, f.id(), f.summaryLine()));
        letters.received(f);
        tellOwner(f, "New " + describe(f) + " for you: " + f.reference());
        return f.id();
    }

    private UUID firstOwner(Feedback.Raised raised) {
        if (raised.kind() == FeedbackKind.APPEAL) {
            return handlers.quality().orElse(null);
        }
        if (raised.kind() == FeedbackKind.COMPLAINT && !raised.formal() && !raised.prefersOperationsManager()
                && raised.learnerId() != null) {
            UUID tutor = learners.find(raised.learnerId()).map(LearnerSummary::tutorAccountId).orElse(null);
            if (tutor != null) {
                return tutor;
            }
        }
        return handlers.operationsManager().orElse(null);
    }

    private static String describe(Feedback f) {
        return f.kind() == FeedbackKind.COMPLAINT ? (f.formal() ? "formal complaint" : "informal complaint")
                : f.kind().label().toLowerCase();
    }

    /**
     * Links a just-raised appeal to the end-point assessment it is about (see
     * {@link waypoint.feedback.EndPointAssessmentAppeals}); answers the case's reference.
     */
    @Transactional
    public String linkToEndPointAssessment(UUID id, UUID apprenticeshipId, String epao, String method, String grade,
            LocalDate appealBy) {
        Feedback f = cases.findById(id).orElseThrow(() -> new NotFoundException("No feedback " + id));
        f.linkToEndPointAssessment(apprenticeshipId, epao, method, grade, appealBy);
        Feedback saved = cases.save(f);
        timeline.add(id, clock.instant(), "Waypoint", "Linked to the end-point assessment",
                method + ", graded " + grade + " by " + epao);
        return saved.reference();
    }

    // --- reading --------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Feedback load(CurrentUser user, UUID id) {
        Feedback f = cases.findById(id).orElseThrow(() -> new NotFoundException("No feedback " + id));
        // A case someone may not see is, to them, a case that does not exist.
        if (!policy.canView(user, f, timeline.isHandler(id, user.id()))) {
            throw new NotFoundException("No feedback " + id);
        }
        return f;
    }

    @Transactional
    public FeedbackView view(CurrentUser user, UUID id) {
        Feedback f = load(user, id);
        if (f.kind().isConfidential()) {
            events.publishEvent(new SensitiveRecordViewed(RECORD_TYPE, id.toString(), f.reference()));
        }
        return toView(user, f);
    }

    public FeedbackView toView(CurrentUser user, Feedback f) {
        boolean handler = timeline.isHandler(f.id(), user.id());
        Deadlines deadlines = deadlines();
        LocalDate today = LocalDate.now(clock);
        FeedbackView.Deadline deadline = f.nextDeadline().map(due -> new FeedbackView.Deadline(
                f.status() == FeedbackStatus.RECEIVED && due.equals(f.acknowledgeBy()) ? "Acknowledge by" : "Respond by",
                due, deadlines.workingDaysLeft(today, due), deadlines.flag(today, due))).orElse(null);
        List<String> allowed = new ArrayList<>();
        if (f.kind() == FeedbackKind.COMPLAINT) {
            for (Action action : ComplaintStages.actionsFrom(f.state())) {
                if (policy.canTake(user, f, handler, action) && allowedNow(f, action, today)) {
                    allowed.add(action.slug());
                }
            }
        } else if (policy.canHandle(user, f, handler)) {
            if (f.status() == FeedbackStatus.RECEIVED) {
                allowed.add(Action.ACKNOWLEDGE.slug());
            }
            if (f.status() == FeedbackStatus.RECEIVED || f.status() == FeedbackStatus.ACKNOWLEDGED) {
                allowed.add(Action.RESPOND.slug());
                allowed.add(Action.EXTEND_DEADLINE.slug());
            }
            if (f.status() != FeedbackStatus.CLOSED) {
                allowed.add(Action.CLOSE.slug());
            }
            if (f.kind() == FeedbackKind.COMPLIMENT && f.aboutAccountId() != null && f.sharedWithPraisedAt() == null) {
                allowed.add("share");
            }
        }
        boolean canHandle = policy.canHandle(user, f, handler);
        boolean late = f.appealBy() != null && f.receivedAt().atZone(LONDON).toLocalDate().isAfter(f.appealBy());
        String stateLabel = f.kind() == FeedbackKind.COMPLAINT && f.status() != FeedbackStatus.CLOSED
                ? "Stage " + f.stage() + ": " + f.status().label().toLowerCase() : f.status().label();
        return new FeedbackView(f.id(), f.reference(), f.kind(), f.formal(), f.stage(), f.status(), stateLabel,
                f.channel(), f.complainantName(), f.complainantEmail(), f.complainantType(), f.learnerId(),
                f.aboutName(), f.summary(), f.details(), f.category(), f.under18(), f.guardianTold(),
                f.representativeName(), f.representativeRelationship(), f.authorityFileId() != null,
                f.ownerAccountId(), handlers.nameOf(f.ownerAccountId()), f.receivedAt(), f.acknowledgeBy(),
                f.acknowledgedAt(), f.respondBy(), f.respondedAt(), f.response(), f.escalateBy(),
                f.extensionReason(), f.appealRoute(), f.assessmentDate(), f.appealBy(), late, f.wantsResponse(),
                f.sharedWithPraisedAt(), f.outcome(), f.closedAt(), f.closedReason(), deadline, List.copyOf(allowed),
                canHandle, f.version(), f.apprenticeshipId() == null ? null
                        : new FeedbackView.EndPointAssessment(f.apprenticeshipId(), f.epaoName(),
                                f.assessmentMethod(), f.appealedGrade()));
    }

    private static boolean allowedNow(Feedback f, Action action, LocalDate today) {
        try {
            f.check(action, today);
            return true;
        } catch (StepRefusedException refused) {
            return false;
        }
    }

    @Transactional(readOnly = true)
    public List<Timeline.Entry> timelineOf(CurrentUser user, UUID id) {
        load(user, id);
        return timeline.of(id);
    }

    // --- steps ----------------------------------------------------------------------------------------------

    /** Takes one step on a case; refused steps throw {@link StepRefusedException} with the reason. */
    @Transactional
    public FeedbackView take(CurrentUser user, UUID id, String actionSlug, StepInput input, Integer expectedVersion) {
        Feedback f = load(user, id);
        if (expectedVersion != null && !expectedVersion.equals(f.version())) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Feedback changed meanwhile");
        }
        boolean handler = timeline.isHandler(id, user.id());
        String before = f.summaryLine();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Deadlines deadlines = deadlines();
        String what;
        String detail = null;
        if ("share".equals(actionSlug)) {
            requireHandler(user, f, handler);
            f.shareWithPraised(now);
            what = "Shared with " + f.aboutName() + " as good practice";
            events.publishEvent(new NotificationRequested("feedback:" + f.id() + ":shared", f.aboutAccountId(),
                    "A compliment about you", "“" + f.summary() + "” — " + f.details(), null));
        } else {
            Action action = Action.ofSlug(actionSlug).orElseThrow(() -> new NotFoundException("No step " + actionSlug));
            if (f.kind() == FeedbackKind.COMPLAINT ? !policy.canTake(user, f, handler, action)
                    : !policy.canHandle(user, f, handler)) {
                throw new AccessDeniedException("You may not take this step");
            }
            switch (action) {
                case ACKNOWLEDGE -> {
                    f.acknowledge(now, today);
                    what = "Acknowledged";
                    letters.acknowledged(f);
                }
                case RESPOND -> {
                    String text = required(input.text(), "text", "Enter the written response");
                    f.respond(text, now, today, deadlines);
                    what = "Written response sent";
                    detail = text;
                    letters.responded(f);
                }
                case EXTEND_DEADLINE -> {
                    String reason = required(input.text(), "text", "Enter why more time is needed");
                    if (input.newDeadline() == null) {
                        throw new FieldValidationException("newDeadline", "Enter the new deadline");
                    }
                    f.extend(input.newDeadline(), reason, today);
                    what = "Deadline extended to " + Letters.date(input.newDeadline());
                    detail = reason;
                    letters.extended(f);
                }
                case ESCALATE_TO_STAGE_2 -> {
                    UUID owner = ownerOr(input, handlers.operationsManager().orElse(null));
                    LocalDate received = receivedOn(input, today);
                    f.escalateToStage2(owner, received, today, deadlines);
                    what = "Registered as a formal complaint: stage 2";
                    detail = input.text();
                    letters.escalated(f);
                }
                case ESCALATE_TO_STAGE_3 -> {
                    UUID owner = ownerOr(input, handlers.seniorManager().orElse(null));
                    LocalDate received = receivedOn(input, today);
                    f.escalateToStage3(owner, received, today, deadlines);
                    what = "Escalated to the Senior Management Team: stage 3";
                    detail = input.text();
                    letters.escalated(f);
                }
                case REFER_TO_FUNDING_BODY -> {
                    f.referToFundingBody(now, today);
                    String funding = settings.current().fundingBodyDetails();
                    what = "Stage 4: funding body’s complaints details given";
                    detail = funding;
                    letters.referred(f, funding);
                }
                case CLOSE -> {
                    Outcome outcome = input.outcome() == null ? defaultOutcome(f) : input.outcome();
                    f.close(outcome, input.text(), now, today);
                    what = "Closed: " + outcome.label();
                    detail = input.text();
                    letters.closed(f);
                    if (f.kind() == FeedbackKind.APPEAL && f.apprenticeshipId() != null) {
                        // the epa module shows the outcome beside the result appealed against
                        events.publishEvent(new AssessmentAppealDecided(f.id(), f.reference(), f.apprenticeshipId(),
                                outcome, input.text(), today));
                    }
                }
                default -> throw new StepRefusedException("This step is taken by Waypoint itself.");
            }
        }
        Feedback saved = cases.save(f);
        timeline.addHandler(id, saved.ownerAccountId());
        timeline.add(id, now, user.displayName(), what, detail);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, before, saved.summaryLine()));
        if (!java.util.Objects.equals(saved.ownerAccountId(), user.id())
                && (what.startsWith("Registered") || what.startsWith("Escalated"))) {
            tellOwner(saved, "A complaint has come to you at stage " + saved.stage() + ": " + saved.reference());
        }
        return toView(user, saved);
    }

    private static Outcome defaultOutcome(Feedback f) {
        return f.kind() == FeedbackKind.COMPLAINT ? Outcome.RESOLVED : Outcome.ACKNOWLEDGED;
    }

    private void requireHandler(CurrentUser user, Feedback f, boolean handler) {
        if (!policy.canHandle(user, f, handler)) {
            throw new AccessDeniedException("You may not take this step");
        }
    }

    private UUID ownerOr(StepInput input, UUID usual) {
        if (input.ownerAccountId() == null) {
            return usual;
        }
        boolean staff = handlers.candidates().stream().anyMatch(a -> a.id().equals(input.ownerAccountId()));
        if (!staff) {
            throw new FieldValidationException("ownerAccountId", "Select a member of staff to handle the complaint");
        }
        return input.ownerAccountId();
    }

    private LocalDate receivedOn(StepInput input, LocalDate today) {
        if (input.receivedOn() != null && input.receivedOn().isAfter(today)) {
            throw new FieldValidationException("receivedOn", "The date received must be today or in the past");
        }
        return input.receivedOn() == null ? today : input.receivedOn();
    }

    private static String required(String text, String field, String message) {
        if (blank(text)) {
            throw new FieldValidationException(field, message);
        }
        if (text.length() > 8000) {
            throw new FieldValidationException(field, "Must be 8000 characters or fewer");
        }
        return text.strip();
    }

    /** Records whether a parent or guardian of an under-18 complainant was told (seed 001, “Confidentiality”). */
    @Transactional
    public void recordGuardianTold(CurrentUser user, UUID id, boolean told) {
        Feedback f = load(user, id);
        requireHandler(user, f, timeline.isHandler(id, user.id()));
        f.recordGuardianTold(told);
        cases.save(f);
        timeline.add(id, clock.instant(), user.displayName(),
                told ? "Parent or guardian told" : "Parent or guardian not told", null);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, null, "guardian told: " + told));
    }

    /** Gives the case to another member of staff, who becomes one of its handlers. */
    @Transactional
    public void assign(CurrentUser user, UUID id, UUID owner) {
        Feedback f = load(user, id);
        requireHandler(user, f, timeline.isHandler(id, user.id()));
        UUID chosen = ownerOr(new StepInput(null, null, null, null, owner), null);
        if (chosen == null) {
            throw new FieldValidationException("ownerAccountId", "Select a member of staff");
        }
        f.assignTo(chosen);
        Feedback saved = cases.save(f);
        timeline.addHandler(id, chosen);
        timeline.add(id, clock.instant(), user.displayName(), "Given to " + handlers.nameOf(chosen), null);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, null, "owner " + chosen));
        tellOwner(saved, "A case has been given to you: " + saved.reference());
    }

    /** Records a representative acting for the complainant, with the uploaded written authority (seed 001). */
    @Transactional
    public void addRepresentative(CurrentUser user, UUID id, String name, String relationship, String fileId,
            String fileName) {
        Feedback f = load(user, id);
        if (!policy.canHandle(user, f, timeline.isHandler(id, user.id())) && !policy.isComplainant(user, f)) {
            throw new AccessDeniedException("You may not change this case");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(name)) {
            errors.put("name", "Enter the representative’s name");
        }
        if (blank(relationship)) {
            errors.put("relationship", "Enter how they know the complainant, like parent or friend");
        }
        if (fileId == null) {
            errors.put("file", "Upload the complainant’s written authority");
        }
        throwIf(errors);
        jdbc.sql("""
                UPDATE feedback SET representative_name = :n, representative_relationship = :r,
                authority_file_id = :file, authority_file_name = :fname, version = version + 1 WHERE id = :id""")
                .param("n", name.strip()).param("r", relationship.strip()).param("file", fileId)
                .param("fname", fileName).param("id", id).update();
        timeline.add(id, clock.instant(), user.displayName(), "Representative recorded with written authority",
                name.strip() + " (" + relationship.strip() + ")");
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, null, "representative " + name.strip()));
    }

    /** The stored id of the written authority, for a download by someone who may see the case. */
    @Transactional(readOnly = true)
    public Feedback authorityOf(CurrentUser user, UUID id) {
        Feedback f = load(user, id);
        if (f.authorityFileId() == null) {
            throw new NotFoundException("No written authority on " + id);
        }
        return f;
    }

    private void tellOwner(Feedback f, String title) {
        if (f.ownerAccountId() != null) {
            events.publishEvent(new NotificationRequested("feedback:" + f.id() + ":owner:" + f.ownerAccountId()
                    + ":" + f.stage() + ":" + f.status(), f.ownerAccountId(), title, f.summary(),
                    "/feedback/" + f.id()));
        }
    }

    // --- settings -------------------------------------------------------------------------------------------

    public FeedbackSettings settings(CurrentUser user) {
        if (!policy.canChangeSettings(user)) {
            throw new AccessDeniedException("You may not change feedback settings");
        }
        return settings.current();
    }

    @Transactional
    public void changeSettings(CurrentUser user, FeedbackSettings changed) {
        FeedbackSettings before = settings(user);
        Map<String, String> errors = new LinkedHashMap<>();
        checkRange(errors, "acknowledgeWorkingDays", changed.acknowledgeWorkingDays(), 1, 30);
        checkRange(errors, "stage2ResponseWorkingDays", changed.stage2ResponseWorkingDays(), 1, 60);
        checkRange(errors, "stage3ResponseWorkingDays", changed.stage3ResponseWorkingDays(), 1, 60);
        checkRange(errors, "stage2QuietMonths", changed.stage2QuietMonths(), 1, 12);
        checkRange(errors, "escalationMonths", changed.escalationMonths(), 1, 12);
        checkRange(errors, "suggestionResponseWorkingDays", changed.suggestionResponseWorkingDays(), 1, 60);
        checkRange(errors, "appealWindowWorkingDays", changed.appealWindowWorkingDays(), 1, 90);
        checkRange(errors, "nearDeadlineWorkingDays", changed.nearDeadlineWorkingDays(), 0, 10);
        if (blank(changed.fundingBodyDetails())) {
            errors.put("fundingBodyDetails", "Enter the funding body’s complaints details");
        } else if (changed.fundingBodyDetails().length() > 4000) {
            errors.put("fundingBodyDetails", "The details must be 4000 characters or fewer");
        }
        throwIf(errors);
        settings.save(changed);
        events.publishEvent(new RecordChanged("Feedback settings", "1", RecordChanged.Action.UPDATED,
                before.toString(), changed.toString()));
    }

    private static void checkRange(Map<String, String> errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.put(field, "Enter a whole number from " + min + " to " + max);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
