package waypoint.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.feedback.AssessmentAppealDecided;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.Outcome;
import waypoint.feedback.internal.ComplaintStages.Action;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.messaging.NotificationRequested;
import waypoint.shared.web.FieldValidationException;

/**
 * Every step on a case after it is raised, one command each: authorise (the policy), validate, change the case
 * through its intention-named methods, save, record on the timeline, and tell people by events.
 */
@Service
public class FeedbackSteps {

    /** How an assessment appeal can end: its decision, or its withdrawal. */
    private static final Set<Outcome> APPEAL_DECISIONS = Set.of(Outcome.UPHELD, Outcome.PARTLY_UPHELD,
            Outcome.NOT_UPHELD, Outcome.WITHDRAWN);

    private final FeedbackRepository cases;
    private final FeedbackReads reads;
    private final Timeline timeline;
    private final FeedbackPolicy policy;
    private final Handlers handlers;
    private final SettingsStore settings;
    private final Letters letters;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;

    FeedbackSteps(FeedbackRepository cases, FeedbackReads reads, Timeline timeline, FeedbackPolicy policy,
            Handlers handlers, SettingsStore settings, Letters letters, ApplicationEventPublisher events, Clock clock,
            JdbcClient jdbc) {
        this.cases = cases;
        this.reads = reads;
        this.timeline = timeline;
        this.policy = policy;
        this.handlers = handlers;
        this.settings = settings;
        this.letters = letters;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Takes one step on a case; refused steps throw {@link StepRefusedException} with the reason. */
    @Transactional
    public FeedbackView take(CurrentUser user, UUID id, String actionSlug, StepInput input, Integer expectedVersion) {
        Feedback f = reads.load(user, id);
        if (expectedVersion != null && !expectedVersion.equals(f.version())) {
            throw new OptimisticLockingFailureException("Feedback changed meanwhile");
        }
        boolean handler = timeline.isHandler(id, user.id());
        String before = f.summaryLine();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Deadlines deadlines = reads.deadlines();
        StaffMember by = StaffMember.of(user);
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
                    f.acknowledge(by, now, today);
                    what = "Acknowledged";
                    letters.acknowledged(f);
                }
                case RESPOND -> {
                    String text = required(input.text(), "text", "Enter the written response");
                    f.respond(by, text, now, today, deadlines);
                    what = "Written response sent";
                    detail = text;
                    letters.responded(f);
                }
                case EXTEND_DEADLINE -> {
                    String reason = required(input.text(), "text", "Enter why more time is needed");
                    if (input.newDeadline() == null) {
                        throw new FieldValidationException("newDeadline", "Enter the new deadline");
                    }
                    f.extend(by, input.newDeadline(), reason, today);
                    what = "Deadline extended to " + Letters.date(input.newDeadline());
                    detail = reason;
                    letters.extended(f);
                }
                case ESCALATE_TO_STAGE_2, ESCALATE_TO_STAGE_3 -> {
                    f.check(action, today);
                    StaffMember owner = nextHandler(f, action, input);
                    LocalDate received = receivedOn(input, today);
                    if (action == Action.ESCALATE_TO_STAGE_2) {
                        f.escalateToStage2(owner, received, today, deadlines);
                        what = "Registered as a formal complaint: stage 2";
                    } else {
                        f.escalateToStage3(owner, received, today, deadlines);
                        what = "Escalated to the Senior Management Team: stage 3";
                    }
                    detail = input.text();
                    letters.escalated(f);
                }
                case REFER_TO_FUNDING_BODY -> {
                    f.referToFundingBody(by, now, today);
                    String funding = settings.current().fundingBodyDetails();
                    what = "Stage 4: funding body’s complaints details given";
                    detail = funding;
                    letters.referred(f, funding);
                }
                case CLOSE -> {
                    Outcome outcome = outcomeOf(f, input);
                    f.close(by, outcome, input.text(), now, today);
                    what = "Closed: " + outcome.label();
                    detail = input.text();
                    letters.closed(f);
                    if (f.kind() == FeedbackKind.APPEAL && f.complainantAccountId() != null) {
                        // whoever lodged the appeal with their own account (an employer, an apprentice) is told
                        events.publishEvent(new NotificationRequested("feedback:" + f.id() + ":decided",
                                f.complainantAccountId(), "The decision on your appeal " + f.reference() + ": "
                                        + outcome.label().toLowerCase(), f.summary(), "/feedback/" + f.id()));
                    }
                    if (f.kind() == FeedbackKind.APPEAL && f.apprenticeshipId() != null) {
                        // the epa module shows the outcome beside the result appealed against
                        events.publishEvent(new AssessmentAppealDecided(f.id(), f.reference(),
                                f.apprenticeshipId(),
                                outcome, input.text(), today));
                    }
                }
                default -> throw new StepRefusedException("This step is taken by Waypoint itself.");
            }
        }
        Feedback saved = cases.save(f);
        timeline.addHandler(id, saved.ownerAccountId());
        timeline.add(id, now, user.displayName(), what, detail);
        events.publishEvent(RecordChanged.updated(Feedback.RECORD_TYPE, id, before, saved.summaryLine()));
        if (!Objects.equals(saved.ownerAccountId(), user.id())
                && (what.startsWith("Registered") || what.startsWith("Escalated"))) {
            handlers.tellOwner(saved, "A complaint has come to you at stage " + saved.stage() + ": " + saved.reference());
        }
        return reads.toView(user, saved);
    }

    /**
     * How the case ended: an assessment appeal ends with its decision (upheld, partly upheld, not upheld) or its
     * withdrawal, which the appellant is sent; other cases default to resolved or acknowledged.
     */
    private static Outcome outcomeOf(Feedback f, StepInput input) {
        if (f.kind() == FeedbackKind.APPEAL) {
            if (input.outcome() == null || !APPEAL_DECISIONS.contains(input.outcome())) {
                throw new FieldValidationException("outcome",
                        "Select the decision on the appeal: upheld, partly upheld, not upheld or withdrawn");
            }
            return input.outcome();
        }
        if (input.outcome() != null) {
            return input.outcome();
        }
        return f.kind() == FeedbackKind.COMPLAINT ? Outcome.RESOLVED : Outcome.ACKNOWLEDGED;
    }

    /**
     * Who takes the complaint at the stage it is escalated to: the member of staff chosen, if they may (your
     * complaints policy: the stage's job, not the person complained about, not whoever answered the stage before),
     * or else the first who may; nobody if nobody may, and the case waits to be given to someone.
     */
    private StaffMember nextHandler(Feedback f, Action escalation, StepInput input) {
        if (input.ownerAccountId() != null) {
            StaffMember chosen = staffMember(input.ownerAccountId());
            f.whyNotNextHandler(chosen, escalation).ifPresent(why -> {
                throw new FieldValidationException("ownerAccountId", why);
            });
            return chosen;
        }
        int next = escalation == Action.ESCALATE_TO_STAGE_2 ? 2 : 3;
        return handlers.first(ComplaintStages.handlersOf(next, f.prefersOperationsManager()),
                m -> f.whyNotNextHandler(m, escalation).isEmpty()).orElse(null);
    }

    private StaffMember staffMember(UUID account) {
        if (!handlers.mayHandle(account)) {
            throw new FieldValidationException("ownerAccountId", "Select a member of staff to handle the case");
        }
        return handlers.member(account).orElseThrow();
    }

    private void requireHandler(CurrentUser user, Feedback f, boolean handler) {
        if (!policy.canHandle(user, f, handler)) {
            throw new AccessDeniedException("You may not take this step");
        }
    }

    private LocalDate receivedOn(StepInput input, LocalDate today) {
        if (input.receivedOn() != null && input.receivedOn().isAfter(today)) {
            throw new FieldValidationException("receivedOn", "The date received must be today or in the past");
        }
        return input.receivedOn() == null ? today : input.receivedOn();
    }

    private static String required(String text, String field, String message) {
        if (Checks.blank(text)) {
            throw new FieldValidationException(field, message);
        }
        if (text.length() > 8000) {
            throw new FieldValidationException(field, "Must be 8000 characters or fewer");
        }
        return text.strip();
    }

    /** Records whether a parent or guardian of an under-18 complainant was told (the complaints policy, “Confidentiality”). */
    @Transactional
    public void recordGuardianTold(CurrentUser user, UUID id, boolean told) {
        Feedback f = reads.load(user, id);
        requireHandler(user, f, timeline.isHandler(id, user.id()));
        f.recordGuardianTold(told);
        cases.save(f);
        timeline.add(id, clock.instant(), user.displayName(),
                told ? "Parent or guardian told" : "Parent or guardian not told", null);
        events.publishEvent(RecordChanged.updated(Feedback.RECORD_TYPE, id, null, "guardian told: " + told));
    }

    /** Gives the case to another member of staff, who becomes one of its handlers. */
    @Transactional
    public void assign(CurrentUser user, UUID id, UUID owner) {
        Feedback f = reads.load(user, id);
        requireHandler(user, f, timeline.isHandler(id, user.id()));
        if (owner == null) {
            throw new FieldValidationException("ownerAccountId", "Select a member of staff");
        }
        StaffMember chosen = staffMember(owner);
        f.whyNotHandler(chosen).ifPresent(why -> {
            throw new FieldValidationException("ownerAccountId", why);
        });
        f.assignTo(chosen);
        Feedback saved = cases.save(f);
        timeline.addHandler(id, chosen.id());
        timeline.add(id, clock.instant(), user.displayName(), "Given to " + handlers.nameOf(chosen.id()), null);
        events.publishEvent(RecordChanged.updated(Feedback.RECORD_TYPE, id, null, "owner " + chosen.id()));
        handlers.tellOwner(saved, "A case has been given to you: " + saved.reference());
    }

    /** A representative acts for the complainant only with the complainant's written authority, uploaded. */
    public static void requireAuthority(String fileId) {
        if (fileId == null) {
            throw new FieldValidationException("file", "Upload the complainant’s written authority");
        }
    }

    /**
     * Records a representative acting for the complainant, whose name and relationship the form has checked, with the
     * uploaded written authority (the complaints policy).
     */
    @Transactional
    public void addRepresentative(CurrentUser user, UUID id, String name, String relationship, String fileId,
            String fileName) {
        Feedback f = reads.load(user, id);
        if (!policy.canHandle(user, f, timeline.isHandler(id, user.id())) && !policy.isComplainant(user, f)) {
            throw new AccessDeniedException("You may not change this case");
        }
        requireAuthority(fileId);
        jdbc.sql("""
                UPDATE feedback SET representative_name = :n, representative_relationship = :r,
                authority_file_id = :file, authority_file_name = :fname, version = version + 1 WHERE id = :id""")
                .param("n", name.strip()).param("r", relationship.strip()).param("file", fileId)
                .param("fname", fileName).param("id", id).update();
        timeline.add(id, clock.instant(), user.displayName(), "Representative recorded with written authority",
                name.strip() + " (" + relationship.strip() + ")");
        events.publishEvent(RecordChanged.updated(Feedback.RECORD_TYPE, id, null, "representative " + name.strip()));
    }

}
