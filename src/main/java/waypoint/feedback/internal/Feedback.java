package waypoint.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.feedback.AppealRoute;
import waypoint.feedback.Category;
import waypoint.feedback.Channel;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.FeedbackStatus;
import waypoint.feedback.Outcome;
import waypoint.feedback.internal.ComplaintStages.Action;
import waypoint.feedback.internal.ComplaintStages.Guard;
import waypoint.feedback.internal.ComplaintStages.State;
import waypoint.feedback.internal.ComplaintStages.Step;
import waypoint.shared.ids.TypedId;

/**
 * One piece of feedback as a case with a clock. Its state changes only through the intention-named methods below;
 * a complaint's methods check {@link ComplaintStages} first, so the table is the rule.
 */
@Table("feedback")
public class Feedback {

    /** The record type in the audit trail. */
    static final String RECORD_TYPE = "Feedback";

    @Id
    private UUID id;
    private String reference;
    private FeedbackKind kind;
    private boolean formal;
    private Integer stage;
    private FeedbackStatus status;
    private Channel channel;
    private UUID raisedByAccountId;
    private UUID complainantAccountId;
    private String complainantName;
    private String complainantEmail;
    private ComplainantType complainantType;
    private UUID learnerId;
    private UUID aboutAccountId;
    private String aboutName;
    private String summary;
    private String details;
    private Category category;
    @Column("under_18")
    private boolean under18;
    private Boolean guardianTold;
    private String representativeName;
    private String representativeRelationship;
    private UUID representativeAccountId;
    private String authorityFileId;
    private String authorityFileName;
    private UUID ownerAccountId;
    private boolean prefersOperationsManager;
    private boolean wantsResponse;
    private Instant receivedAt;
    private LocalDate acknowledgeBy;
    private Instant acknowledgedAt;
    private LocalDate stageReceivedOn;
    private LocalDate respondBy;
    private Instant respondedAt;
    private UUID respondedBy;
    private UUID stageBeforeRespondedBy;
    private String response;
    private LocalDate escalateBy;
    private String extensionReason;
    private AppealRoute appealRoute;
    private LocalDate assessmentDate;
    private LocalDate appealBy;
    private Instant sharedWithPraisedAt;
    private Outcome outcome;
    private Instant closedAt;
    private String closedReason;
    private Integer highestStage;
    private int deadlinesDue;
    private int deadlinesMet;
    private UUID apprenticeshipId;
    private String epaoName;
    private String assessmentMethod;
    private String appealedGrade;
    @Version
    private Integer version;

    Feedback() {
    }

    /** Who gave the feedback and what it says, as recorded when it is raised. */
    public record Raised(FeedbackKind kind, boolean formal, Channel channel, UUID raisedByAccountId,
            UUID complainantAccountId, String complainantName, String complainantEmail,
            ComplainantType complainantType, UUID learnerId, UUID aboutAccountId, String aboutName, String summary,
            String details, Category category, boolean under18, String representativeName,
            String representativeRelationship, UUID representativeAccountId, String authorityFileId,
            String authorityFileName, boolean prefersOperationsManager, boolean wantsResponse,
            AppealRoute appealRoute, LocalDate assessmentDate, LocalDate organisationAppealBy) {
    }

    /**
     * Raises feedback received at {@code receivedAt} (London date {@code receivedOn}) with its first deadlines. An
     * informal complaint starts at stage 1, a formal one at stage 2 (see {@link ComplaintStages}).
     */
    static Feedback raise(String reference, Raised raised, Instant receivedAt, LocalDate receivedOn,
            StaffMember owner, Deadlines deadlines) {
        Feedback f = new Feedback();
        f.id = UUID.randomUUID();
        f.reference = reference;
        f.kind = raised.kind();
        f.formal = raised.kind() == FeedbackKind.COMPLAINT && raised.formal();
        f.channel = raised.channel();
        f.raisedByAccountId = raised.raisedByAccountId();
        f.complainantAccountId = raised.complainantAccountId();
        f.complainantName = raised.complainantName();
        f.complainantEmail = raised.complainantEmail();
        f.complainantType = raised.complainantType();
        f.learnerId = raised.learnerId();
        f.aboutAccountId = raised.aboutAccountId();
        f.aboutName = raised.aboutName();
        f.summary = raised.summary();
        f.details = raised.details();
        f.category = raised.category();
        f.under18 = raised.under18();
        f.representativeName = raised.representativeName();
        f.representativeRelationship = raised.representativeRelationship();
        f.representativeAccountId = raised.representativeAccountId();
        f.authorityFileId = raised.authorityFileId();
        f.authorityFileName = raised.authorityFileName();
        f.prefersOperationsManager = raised.prefersOperationsManager();
        f.wantsResponse = raised.wantsResponse();
        f.receivedAt = receivedAt;
        f.status = FeedbackStatus.RECEIVED;
        f.ownerAccountId = owner == null ? null : owner.id();
        f.stageReceivedOn = receivedOn;
        f.acknowledgeBy = deadlines.acknowledgeBy(receivedOn);
        switch (raised.kind()) {
            case COMPLAINT -> {
                f.stage = f.formal ? 2 : 1;
                f.highestStage = f.stage;
                f.respondBy = f.formal ? deadlines.respondBy(2, receivedOn) : null;
            }
            case APPEAL -> {
                f.appealRoute = raised.appealRoute();
                f.assessmentDate = raised.assessmentDate();
                // the organisation's own rule when it is recorded, else your policy's 20 calendar days
                f.appealBy = raised.organisationAppealBy() != null ? raised.organisationAppealBy()
                        : raised.assessmentDate() == null ? null : deadlines.appealBy(raised.assessmentDate());
                f.respondBy = deadlines.respondBy(2, receivedOn);
            }
            case COMPLIMENT, SUGGESTION -> f.respondBy = raised.wantsResponse() ? deadlines.suggestionRespondBy(receivedOn) : null;
        }
        if (f.kind == FeedbackKind.COMPLAINT && owner != null) {
            f.whyNotHandler(owner, f.stage, null).ifPresent(why -> {
                throw new StepRefusedException(why);
            });
        }
        return f;
    }

    // --- complaint stages -------------------------------------------------------------------------------------

    public State state() {
        if (kind != FeedbackKind.COMPLAINT) {
            throw new IllegalStateException(kind + " has no complaint stage");
        }
        return State.of(stage, status);
    }

    /** The table's step for this action now, or a refusal saying why. */
    Step check(Action action, LocalDate today) {
        if (kind != FeedbackKind.COMPLAINT) {
            throw new StepRefusedException("Only a complaint moves through the complaint stages.");
        }
        State from = state();
        Step step = ComplaintStages.find(from, action).orElseThrow(() -> new StepRefusedException(
                "A complaint at " + from.label() + " cannot be given the step “" + action.label() + "”."));
        if (step.guard() == Guard.WITHIN_ESCALATION_WINDOW && today.isAfter(escalateBy)) {
            throw new StepRefusedException("The complaint can be escalated to stage 3 only within one calendar month"
                    + " of the stage 2 response, which ended on " + escalateBy + ".");
        }
        if (step.guard() == Guard.AFTER_ESCALATION_WINDOW && !today.isAfter(escalateBy)) {
            throw new StepRefusedException("The complainant has until " + escalateBy + " to reply to the stage 2"
                    + " response; the complaint closes by itself only after that.");
        }
        return step;
    }

    /**
     * Why this member of staff may not handle the complaint at the given stage, or nothing if they may: the stage
     * is handled by the job your complaints policy names for it, never by the person complained about, and never by
     * whoever answered the stage before (docs/domain/complaints-policy.md, “Who handles each stage”).
     */
    Optional<String> whyNotHandler(StaffMember person, int atStage, UUID answeredStageBefore) {
        if (!person.holdsAny(Set.copyOf(ComplaintStages.handlersOf(atStage, prefersOperationsManager)))) {
            return Optional.of("Your complaints policy gives stage " + Math.min(atStage, 3) + " to "
                    + ComplaintStages.handlerWords(atStage, prefersOperationsManager) + ".");
        }
        if (person.id().equals(aboutAccountId)) {
            return Optional.of("The complaint is about " + (aboutName == null ? "this person" : aboutName)
                    + ": your complaints policy has someone else handle it.");
        }
        if (person.id().equals(answeredStageBefore)) {
            return Optional.of("Whoever answered stage " + (atStage - 1) + " may not handle stage " + atStage
                    + ": your complaints policy has someone else look at it afresh.");
        }
        return Optional.empty();
    }

    /** Why this member of staff may not handle the complaint at its stage now, or nothing if they may. */
    public Optional<String> whyNotHandler(StaffMember person) {
        if (kind != FeedbackKind.COMPLAINT) {
            return Optional.empty();
        }
        return whyNotHandler(person, stage, stageBeforeRespondedBy);
    }

    /**
     * Whether this person may take the step now: the table allows it from here, its date condition holds, and a
     * handling step is taken by someone who may handle the stage (an escalation may be asked for by anyone the
     * policy lets ask, the complainant included).
     */
    boolean allows(StaffMember by, Action action, LocalDate today) {
        try {
            check(action, today);
        } catch (StepRefusedException refused) {
            return false;
        }
        boolean handling = action != Action.ESCALATE_TO_STAGE_2 && action != Action.ESCALATE_TO_STAGE_3
                && action != Action.CLOSE_AFTER_NO_REPLY;
        return !handling || whyNotHandler(by).isEmpty();
    }

    /** Refuses a handling step (acknowledging, answering, extending, referring, closing) to anyone else. */
    private void requireHandler(StaffMember by) {
        whyNotHandler(by).ifPresent(why -> {
            throw new StepRefusedException(why);
        });
    }

    private void moveTo(Step step) {
        if (step.to() == State.CLOSED) {
            status = FeedbackStatus.CLOSED;
        } else {
            stage = step.to().stage();
            status = step.to().status();
            highestStage = Math.max(highestStage == null ? 0 : highestStage, stage);
        }
    }

    // --- every kind -------------------------------------------------------------------------------------------

    void acknowledge(StaffMember by, Instant now, LocalDate today) {
        if (kind == FeedbackKind.COMPLAINT) {
            Step step = check(Action.ACKNOWLEDGE, today);
            requireHandler(by);
            moveTo(step);
        } else if (status != FeedbackStatus.RECEIVED) {
            throw new StepRefusedException("This " + kind.label().toLowerCase() + " has already been acknowledged.");
        } else {
            status = FeedbackStatus.ACKNOWLEDGED;
        }
        countDeadline(acknowledgeBy, today);
        acknowledgedAt = now;
    }

    /** The written response; at stage 2 it opens the complainant's month to escalate. */
    void respond(StaffMember by, String text, Instant now, LocalDate today, Deadlines deadlines) {
        if (kind == FeedbackKind.COMPLAINT) {
            Step step = check(Action.RESPOND, today);
            requireHandler(by);
            if (status == FeedbackStatus.RECEIVED) {
                acknowledgedAt = now;
                countDeadline(acknowledgeBy, today);
            }
            moveTo(step);
            escalateBy = stage == 2 ? deadlines.escalateBy(today) : null;
        } else {
            if (status == FeedbackStatus.RESPONDED || status == FeedbackStatus.CLOSED) {
                throw new StepRefusedException("This " + kind.label().toLowerCase() + " has already been answered.");
            }
            if (status == FeedbackStatus.RECEIVED) {
                acknowledgedAt = now;
                countDeadline(acknowledgeBy, today);
            }
            status = FeedbackStatus.RESPONDED;
        }
        countDeadline(respondBy, today);
        respondedAt = now;
        respondedBy = by.id();
        response = text;
    }

    void extend(StaffMember by, LocalDate newRespondBy, String reason, LocalDate today) {
        if (kind == FeedbackKind.COMPLAINT) {
            check(Action.EXTEND_DEADLINE, today);
            requireHandler(by);
        } else if (!(status == FeedbackStatus.RECEIVED || status == FeedbackStatus.ACKNOWLEDGED)) {
            throw new StepRefusedException("Only a case still waiting for its response can have its deadline extended.");
        }
        LocalDate current = respondBy != null ? respondBy : acknowledgeBy;
        if (!newRespondBy.isAfter(current)) {
            throw new StepRefusedException("The new deadline must be after the current one, " + current + ".");
        }
        respondBy = newRespondBy;
        extensionReason = reason;
    }

    /**
     * Stage 2: the complaint in writing, received on {@code receivedOn}, to the Operations Manager ({@code null}
     * when nobody may take it yet: the case waits to be given to someone who may).
     */
    void escalateToStage2(StaffMember operationsManager, LocalDate receivedOn, LocalDate today, Deadlines deadlines) {
        Step step = check(Action.ESCALATE_TO_STAGE_2, today);
        requireNewHandler(operationsManager, Action.ESCALATE_TO_STAGE_2);
        moveTo(step);
        formal = true;
        startStage(operationsManager, receivedOn, deadlines);
    }

    /** Stage 3: the senior management team (the Managing Director or the Quality Director). */
    void escalateToStage3(StaffMember seniorManager, LocalDate receivedOn, LocalDate today, Deadlines deadlines) {
        Step step = check(Action.ESCALATE_TO_STAGE_3, today);
        requireNewHandler(seniorManager, Action.ESCALATE_TO_STAGE_3);
        moveTo(step);
        startStage(seniorManager, receivedOn, deadlines);
        escalateBy = null;
    }

    /** Why this member of staff may not handle the stage the complaint is escalated to, or nothing if they may. */
    Optional<String> whyNotNextHandler(StaffMember person, Action escalation) {
        int next = escalation == Action.ESCALATE_TO_STAGE_2 ? 2 : 3;
        return whyNotHandler(person, next, respondedBy);
    }

    private void requireNewHandler(StaffMember owner, Action escalation) {
        if (owner != null) {
            whyNotNextHandler(owner, escalation).ifPresent(why -> {
                throw new StepRefusedException(why);
            });
        }
    }

    private void startStage(StaffMember owner, LocalDate receivedOn, Deadlines deadlines) {
        ownerAccountId = owner == null ? null : owner.id();
        stageBeforeRespondedBy = respondedBy;
        respondedBy = null;
        stageReceivedOn = receivedOn;
        acknowledgeBy = deadlines.acknowledgeBy(receivedOn);
        acknowledgedAt = null;
        respondBy = deadlines.respondBy(stage, receivedOn);
        respondedAt = null;
        response = null;
        extensionReason = null;
    }

    /** Stage 4: the complainant is given the funding body's complaints details. */
    void referToFundingBody(StaffMember by, Instant now, LocalDate today) {
        Step step = check(Action.REFER_TO_FUNDING_BODY, today);
        requireHandler(by);
        moveTo(step);
        outcome = Outcome.REFERRED;
    }

    void close(StaffMember by, Outcome how, String reason, Instant now, LocalDate today) {
        if (kind == FeedbackKind.COMPLAINT) {
            Step step = check(Action.CLOSE, today);
            requireHandler(by);
            moveTo(step);
        } else if (status == FeedbackStatus.CLOSED) {
            throw new StepRefusedException("This " + kind.label().toLowerCase() + " is already closed.");
        } else {
            status = FeedbackStatus.CLOSED;
        }
        outcome = how;
        closedReason = reason;
        closedAt = now;
    }

    /** The complaints policy, Stage 2: nothing more heard within a calendar month of the stage 2 response. */
    void closeAfterNoReply(Instant now, LocalDate today) {
        moveTo(check(Action.CLOSE_AFTER_NO_REPLY, today));
        outcome = Outcome.NO_REPLY;
        closedReason = "Nothing more was heard within one calendar month of the stage 2 response.";
        closedAt = now;
    }

    /**
     * An appeal against an end-point assessment result: the apprenticeship, the EPAO, the method and the grade, and
     * the last day of the EPAO's appeal window (which replaces the provider's own window).
     */
    void linkToEndPointAssessment(ApprenticeshipId apprenticeship, String epao, String method, String grade,
            LocalDate by) {
        if (kind != FeedbackKind.APPEAL) {
            throw new StepRefusedException("Only an assessment appeal is about an end-point assessment.");
        }
        apprenticeshipId = apprenticeship.value();
        epaoName = epao;
        assessmentMethod = method;
        appealedGrade = grade;
        if (by != null) {
            appealBy = by;
        }
    }

    /** The complaints policy, “Definitions”: a compliment “should be acknowledged and shared as an example of good practice”. */
    void shareWithPraised(Instant now) {
        if (kind != FeedbackKind.COMPLIMENT) {
            throw new StepRefusedException("Only a compliment is shared with the person praised.");
        }
        if (aboutAccountId == null) {
            throw new StepRefusedException("This compliment does not name a member of staff to share it with.");
        }
        if (sharedWithPraisedAt != null) {
            throw new StepRefusedException("This compliment has already been shared.");
        }
        sharedWithPraisedAt = now;
    }

    void recordGuardianTold(boolean told) {
        if (!under18) {
            throw new StepRefusedException("The complainant is not under 18.");
        }
        guardianTold = told;
    }

    void assignTo(StaffMember owner) {
        if (status == FeedbackStatus.CLOSED) {
            throw new StepRefusedException("A closed case is not given to anyone.");
        }
        requireHandler(owner);
        ownerAccountId = owner.id();
    }

    private void countDeadline(LocalDate due, LocalDate today) {
        if (due != null) {
            deadlinesDue++;
            if (!today.isAfter(due)) {
                deadlinesMet++;
            }
        }
    }

    /** The deadline the provider is working to now, if any: the acknowledgement first, then the response. */
    public Optional<LocalDate> nextDeadline() {
        if (status == FeedbackStatus.RECEIVED && acknowledgeBy != null
                && (respondBy == null || acknowledgeBy.isBefore(respondBy))) {
            return Optional.of(acknowledgeBy);
        }
        if ((status == FeedbackStatus.RECEIVED || status == FeedbackStatus.ACKNOWLEDGED) && respondBy != null) {
            return Optional.of(respondBy);
        }
        return Optional.empty();
    }

    public String summaryLine() {
        return reference + " " + kind + (kind == FeedbackKind.COMPLAINT ? " stage " + stage : "") + " " + status;
    }

    public UUID id() { return id; }
    public String reference() { return reference; }
    public FeedbackKind kind() { return kind; }
    public boolean formal() { return formal; }
    public Integer stage() { return stage; }
    public FeedbackStatus status() { return status; }
    public Channel channel() { return channel; }
    public UUID raisedByAccountId() { return raisedByAccountId; }
    public UUID complainantAccountId() { return complainantAccountId; }
    public String complainantName() { return complainantName; }
    public String complainantEmail() { return complainantEmail; }
    public ComplainantType complainantType() { return complainantType; }
    public UUID learnerId() { return learnerId; }
    public UUID aboutAccountId() { return aboutAccountId; }
    public String aboutName() { return aboutName; }
    public String summary() { return summary; }
    public String details() { return details; }
    public Category category() { return category; }
    public boolean under18() { return under18; }
    public Boolean guardianTold() { return guardianTold; }
    public String representativeName() { return representativeName; }
    public String representativeRelationship() { return representativeRelationship; }
    public UUID representativeAccountId() { return representativeAccountId; }
    public String authorityFileId() { return authorityFileId; }
    public String authorityFileName() { return authorityFileName; }
    public UUID ownerAccountId() { return ownerAccountId; }
    public boolean prefersOperationsManager() { return prefersOperationsManager; }
    public boolean wantsResponse() { return wantsResponse; }
    public Instant receivedAt() { return receivedAt; }
    public LocalDate acknowledgeBy() { return acknowledgeBy; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public LocalDate stageReceivedOn() { return stageReceivedOn; }
    public LocalDate respondBy() { return respondBy; }
    public Instant respondedAt() { return respondedAt; }
    public UUID respondedBy() { return respondedBy; }
    public UUID stageBeforeRespondedBy() { return stageBeforeRespondedBy; }
    public String response() { return response; }
    public LocalDate escalateBy() { return escalateBy; }
    public String extensionReason() { return extensionReason; }
    public AppealRoute appealRoute() { return appealRoute; }
    public LocalDate assessmentDate() { return assessmentDate; }
    public LocalDate appealBy() { return appealBy; }
    public Instant sharedWithPraisedAt() { return sharedWithPraisedAt; }
    public Outcome outcome() { return outcome; }
    public Instant closedAt() { return closedAt; }
    public String closedReason() { return closedReason; }
    public Integer highestStage() { return highestStage; }
    public int deadlinesDue() { return deadlinesDue; }
    public int deadlinesMet() { return deadlinesMet; }
    public ApprenticeshipId apprenticeshipId() { return TypedId.of(apprenticeshipId, ApprenticeshipId::new); }
    public String epaoName() { return epaoName; }
    public String assessmentMethod() { return assessmentMethod; }
    public String appealedGrade() { return appealedGrade; }
    public Integer version() { return version; }
}
