package waypoint.supportcase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;
import waypoint.supportcase.internal.Records.CaseRow;
import waypoint.supportcase.internal.Records.MeetingRow;
import waypoint.supportcase.internal.Records.RecommendationRow;
import waypoint.supportcase.internal.StageTable.Action;

/**
 * A support case: where an apprentice is in your support policy (docs/domain/support-policy.md), with what the
 * policy asks of each stage. Its stage changes only through the intention-named methods below; each asks the
 * {@link StageTable} first (and refuses with the rule when a step is not allowed now), checks the dates the policy
 * sets, changes the case, and registers the timeline entry and the audit event the {@link SupportCaseRepository}
 * saves and publishes. No setter; the store writes what this holds, never a column by name.
 */
public final class SupportCase {

    static final String RECORD = "support case";

    /** A timeline entry to add, in words people read. */
    record Entry(SupportStage stage, String text, boolean staffOnly) {
    }

    private final UUID id;
    private final ApprenticeshipId apprenticeshipId;
    private final String kind;
    private final String reason;
    private final Instant openedAt;
    private final UUID openedBy;
    private final int version;
    private final boolean isNew;
    private SupportStage stage;
    private int period;
    private LocalDate toldInPersonOn;
    private LocalDate stageBeganOn;
    private LocalDate stagePlanUntil;
    private LocalDate appealDeadline;
    private LocalDate appealReceivedOn;
    private String appealBy;
    private String appealText;
    private String appealDecision;
    private LocalDate appealDecidedOn;
    private String otherPolicy;
    private String employerChoice;
    private String employerActions;
    private Instant closedAt;

    // what the preconditions read, as loaded
    private int meetingsThisStage;
    private RecommendationRow recommendation;
    private final boolean clientPartnerKnown;
    private final LocalDate today;
    private final Instant now;
    private final String by;

    // what the repository saves and publishes
    private final List<MeetingRow> newMeetings = new ArrayList<>();
    private RecommendationRow newRecommendation;
    private boolean recommendationEmailed;
    private UUID withdrawnRecommendation;
    private final List<Entry> entries = new ArrayList<>();
    private final List<RecordChanged> events = new ArrayList<>();

    private SupportCase(CaseRow c, int meetingsThisStage, RecommendationRow recommendation, boolean clientPartnerKnown,
            LocalDate today, Instant now, String by, boolean isNew, UUID openedBy) {
        this.id = c.id();
        this.apprenticeshipId = c.apprenticeshipId();
        this.kind = c.kind();
        this.reason = c.reason();
        this.openedAt = c.openedAt();
        this.openedBy = openedBy;
        this.version = c.version();
        this.isNew = isNew;
        this.stage = c.stage();
        this.period = c.period();
        this.toldInPersonOn = c.toldInPersonOn();
        this.stageBeganOn = c.stageBeganOn();
        this.stagePlanUntil = c.stagePlanUntil();
        this.appealDeadline = c.appealDeadline();
        this.appealReceivedOn = c.appealReceivedOn();
        this.appealBy = c.appealBy();
        this.appealText = c.appealText();
        this.appealDecision = c.appealDecision();
        this.appealDecidedOn = c.appealDecidedOn();
        this.otherPolicy = c.otherPolicy();
        this.employerChoice = c.employerChoice();
        this.employerActions = c.employerActions();
        this.closedAt = c.closedAt();
        this.meetingsThisStage = meetingsThisStage;
        this.recommendation = recommendation;
        this.clientPartnerKnown = clientPartnerKnown;
        this.today = today;
        this.now = now;
        this.by = by;
    }

    /** A case as stored, with what its preconditions read, for a step taken by {@code by} today. */
    static SupportCase of(CaseRow c, int meetingsThisStage, RecommendationRow current, boolean clientPartnerKnown,
            LocalDate today, Instant now, String by) {
        return new SupportCase(c, meetingsThisStage, current, clientPartnerKnown, today, now, by, false, null);
    }

    /** A new case, opened at an informal stage (or at none, to be ended at once under another policy). */
    static SupportCase open(ApprenticeshipId apprenticeshipId, Action opening, String kind, String reason,
            UUID openedBy,
            String byName, LocalDate today, Instant now) {
        CaseFacts fresh = CaseFacts.fresh(today);
        SupportStage to = opening == Action.END_UNDER_OTHER_POLICY ? SupportStage.NONE
                : StageTable.require(SupportStage.NONE, opening, fresh).to();
        CaseRow row = new CaseRow(UUID.randomUUID(), apprenticeshipId, to, kind, reason, 1, null, today, null, null,
                null, null, null, null, null, null, null, null, now, null, now, 0);
        SupportCase c = new SupportCase(row, 0, null, false, today, now, byName, true, openedBy);
        if (to != SupportStage.NONE) {
            c.entries.add(new Entry(to, "Opened at " + to.words().toLowerCase() + ": " + reason, false));
        }
        return c;
    }

    // ------------------------------------------------------------------ the facts

    public CaseFacts facts() {
        return new CaseFacts(toldInPersonOn != null, meetingsThisStage,
                recommendation == null ? null : recommendation.outcome(),
                recommendation != null && (recommendation.emailSentAt() != null || recommendationEmailed),
                appealDeadline, appealReceivedOn != null, appealDecision != null, today, clientPartnerKnown);
    }

    private StageTable.Step require(Action action) {
        return StageTable.require(stage, action, facts());
    }

    /** The stage changes (a new period when it is another stage), from the day given. */
    private SupportStage moveBy(Action action, LocalDate beganOn) {
        SupportStage from = stage;
        SupportStage to = require(action).to();
        if (to != from) {
            period++;
            meetingsThisStage = 0;
            recommendation = null;
            recommendationEmailed = false;
            stageBeganOn = beganOn;
            stagePlanUntil = null;
        }
        // being told in person of formal support counts until the case is back at an informal stage
        if (from.isFormal() && !to.isFormal()) {
            toldInPersonOn = null;
        }
        stage = to;
        closedAt = to.isOpen() ? null : now;
        events.add(RecordChanged.updated(RECORD, id, from.words(), action.words() + " → " + to.words()));
        return to;
    }

    // ------------------------------------------------------------------ informal stages and simple moves

    /** The moves that carry nothing but a note; every other step has its own method, with what it needs. */
    static final java.util.Set<Action> PLAIN_MOVES = java.util.EnumSet.of(Action.MOVE_TO_STAGE_1,
            Action.MOVE_TO_STAGE_2, Action.CLOSE, Action.RETURN_TO_STAGE_1, Action.RETURN_TO_STAGE_2,
            Action.RETURN_OFF_SUPPORT);

    /**
     * Moves between the informal stages, closes the case, or goes back down as a sent recommendation says (the table
     * says which, from where); only the plain moves, never a step with its own method.
     */
    public SupportStage take(Action action, String note) {
        if (!PLAIN_MOVES.contains(action)) {
            throw new IllegalArgumentException(action + " has its own method on the support case");
        }
        SupportStage to = moveBy(action, today);
        entries.add(new Entry(to, capitalise(action.words()) + (note == null || note.isBlank() ? "" : ": " + note),
                false));
        return to;
    }

    /**
     * A stage 4 or 5 recommendation to extend the formal support at stage 3: stage 3 begins again today, with a new
     * time plan of its own (the recommendation then comes at its end, as for any formal stage).
     */
    public SupportStage extendStage3(LocalDate planUntil) {
        require(Action.EXTEND_STAGE_3);
        if (planUntil == null || !planUntil.isAfter(today)) {
            throw new FieldValidationException("planUntil", "Enter the end of the extended stage 3 time plan, after"
                    + " today, like 27/4/2027");
        }
        SupportStage to = moveBy(Action.EXTEND_STAGE_3, today);
        stagePlanUntil = planUntil;
        entries.add(new Entry(to, "Extended the formal support at stage 3; the time plan runs until "
                + GovUkDates.date(planUntil), false));
        return to;
    }

    /** Stage 3 before steps: the apprentice is told in person that formal support comes next. */
    public void tellInPerson(LocalDate on) {
        require(Action.RECORD_TOLD_IN_PERSON);
        if (on.isAfter(today)) {
            throw new FieldValidationException("date", "Enter the day the apprentice was told in person: today or"
                    + " earlier");
        }
        toldInPersonOn = on;
        entries.add(new Entry(stage, "Told the apprentice in person on " + GovUkDates.date(on)
                + " that formal support (stage 3) is next", false));
        events.add(RecordChanged.updated(RECORD, id, "", "told in person on " + on));
    }

    /**
     * Starts a formal stage with the time plan set before it began (your support policy: stage 3 from an informal
     * stage, after the apprentice was told in person; stages 4 and 5 after the previous stage's recommendation email).
     */
    public SupportStage startFormalStage(int n, LocalDate beganOn, LocalDate planUntil) {
        Action action = switch (n) {
            case 3 -> Action.START_STAGE_3;
            case 4 -> Action.START_STAGE_4;
            case 5 -> Action.START_STAGE_5;
            default -> throw new IllegalArgumentException("No formal stage " + n);
        };
        require(action);
        LocalDate earliest = n == 3 ? toldInPersonOn : stageBeganOn;
        if (beganOn.isAfter(today)) {
            throw new FieldValidationException("date", "Enter the day stage " + n + " began: today or earlier");
        }
        if (earliest != null && beganOn.isBefore(earliest)) {
            throw new FieldValidationException("date", n == 3 ? "Stage 3 begins after the apprentice was told in"
                    + " person, on " + GovUkDates.date(earliest) + ": enter that day or later"
                    : "Stage " + n + " begins after stage " + (n - 1) + ", which began on " + GovUkDates.date(earliest)
                            + ": enter that day or later");
        }
        if (planUntil == null) {
            throw new FieldValidationException("planUntil", "Enter the end of the stage " + n + " time plan: your"
                    + " support policy sets it before the stage begins");
        }
        if (!planUntil.isAfter(beganOn)) {
            throw new FieldValidationException("planUntil", "Enter the end of the stage " + n + " time plan, after the"
                    + " day the stage began (" + GovUkDates.date(beganOn) + ")");
        }
        SupportStage to = moveBy(action, beganOn);
        stagePlanUntil = planUntil;
        entries.add(new Entry(to, "Started stage " + n + (n == 3 ? " (formal support)" : "") + " on "
                + GovUkDates.date(beganOn) + "; the time plan runs until " + GovUkDates.date(planUntil), false));
        return to;
    }

    // ------------------------------------------------------------------ during a formal stage

    /**
     * A formal stage's meeting, dated within the stage: on or after the day it began and after the apprentice was
     * told in person, and not in the future.
     */
    public MeetingRow holdMeeting(MeetingRow m) {
        require(Action.HOLD_MEETING);
        LocalDate held = m.heldOn();
        int n = stage.number();
        if (held.isAfter(today)) {
            throw new FieldValidationException("heldOn", "Enter the date the meeting was held, today or earlier");
        }
        if (stageBeganOn != null && held.isBefore(stageBeganOn)) {
            throw new FieldValidationException("heldOn", "A stage " + n + " meeting is held during stage " + n
                    + ", which began on " + GovUkDates.date(stageBeganOn) + ": enter that day or later");
        }
        if (toldInPersonOn != null && held.isBefore(toldInPersonOn)) {
            throw new FieldValidationException("heldOn", "A stage " + n + " meeting comes after the apprentice was"
                    + " told in person of formal support, on " + GovUkDates.date(toldInPersonOn) + ": enter that day or"
                    + " later");
        }
        MeetingRow row = new MeetingRow(m.id(), stage, period, held, m.attendees(), m.employerAttended(),
                m.progressUpdate(), m.successes(), m.blockers(), m.amendments(), m.supportRequests(), m.staffNotes(),
                m.recordedBy());
        newMeetings.add(row);
        meetingsThisStage++;
        entries.add(new Entry(stage, "Stage " + n + " meeting " + meetingsThisStage + " held on " + GovUkDates.date(held)
                + (m.employerAttended() ? "" : " without anyone from the employer"), false));
        if (m.staffNotes() != null) {
            entries.add(new Entry(stage, "Staff-only note on meeting " + meetingsThisStage + ": " + m.staffNotes(),
                    true));
        }
        events.add(RecordChanged.created("support meeting", row.id(), "stage " + n + " meeting " + meetingsThisStage));
        return row;
    }

    /**
     * The stage's recommendation: one the policy allows at this stage, made at the end of the stage's time plan, or
     * earlier with the reason for recommending early.
     */
    public RecommendationRow recommend(Outcome outcome, String reasons, String earlyBecause) {
        require(Action.RECOMMEND);
        int n = stage.number();
        requireRecommendable(outcome, earlyBecause);
        boolean early = stagePlanUntil != null && today.isBefore(stagePlanUntil);
        String why = early ? reasons + "\n\nMade before the end of the time plan (" + GovUkDates.date(stagePlanUntil)
                + ") because: " + earlyBecause.strip() : reasons;
        RecommendationRow r = new RecommendationRow(UUID.randomUUID(), stage, period, outcome, why, by, today, null);
        newRecommendation = r;
        recommendation = r;
        entries.add(new Entry(stage, "Stage " + n + " recommendation: " + outcome.words().toLowerCase()
                + " (shared in the last meeting)" + (early ? "; made before the end of the time plan" : ""), false));
        events.add(RecordChanged.created("support recommendation", r.id(), outcome.words()));
        return r;
    }

    /**
     * Refuses a recommendation the stage does not allow, or one made before the end of the time plan without the
     * reason for making it early.
     */
    void requireRecommendable(Outcome outcome, String earlyBecause) {
        int n = stage.number();
        if (outcome == null || !StageTable.OUTCOMES.getOrDefault(stage, java.util.Set.of()).contains(outcome)) {
            throw new FieldValidationException("outcome", "Choose one of the recommendations stage " + n + " allows");
        }
        boolean early = stagePlanUntil != null && today.isBefore(stagePlanUntil);
        if (early && (earlyBecause == null || earlyBecause.isBlank())) {
            throw new FieldValidationException("earlyReason", "The stage " + n + " time plan runs until "
                    + GovUkDates.date(stagePlanUntil) + ": your support policy makes the recommendation at its end,"
                    + " so give the reason for making it earlier");
        }
    }

    /**
     * The email confirming the recommendation has gone; a stage 5 termination opens the appeal window, which closes
     * on the day given (10 working days later).
     */
    public void recommendationEmailSent(LocalDate appealCloses, String sentTo) {
        require(Action.SEND_RECOMMENDATION_EMAIL);
        boolean termination = recommendation.outcome() == Outcome.END_APPRENTICESHIP;
        if (termination) {
            appealDeadline = appealCloses;
        }
        recommendationEmailed = true;
        entries.add(new Entry(stage, "Sent the stage " + stage.number() + " recommendation email ("
                + recommendation.outcome().words().toLowerCase() + ") to " + sentTo + (termination
                ? "; an appeal may be made until " + GovUkDates.date(appealCloses) : ""), false));
        events.add(RecordChanged.updated(RECORD, id, "", "stage " + stage.number() + " recommendation emailed"));
    }

    /** A note on the timeline about something sent or done alongside a step (a meeting's record emailed). */
    public void noted(String text) {
        entries.add(new Entry(stage, text, false));
    }

    // ------------------------------------------------------------------ the appeal and the endings

    /** Points to note: an appeal in writing, in time by the day it was received. */
    public void receiveAppeal(String appellant, LocalDate receivedOn, String text) {
        StageTable.require(stage, Action.RECORD_APPEAL, facts().on(receivedOn));
        appealReceivedOn = receivedOn;
        appealBy = appellant;
        appealText = text;
        entries.add(new Entry(stage, "Appeal received on " + GovUkDates.date(receivedOn) + " from the "
                + ("APPRENTICE".equals(appellant) ? "apprentice" : "employer") + ": " + text, false));
        events.add(RecordChanged.updated(RECORD, id, "", "appeal received"));
    }

    /** The appeal is upheld: the termination is withdrawn and the director recommends again. */
    public void upholdAppeal(String decision, String reasons) {
        require(Action.UPHOLD_APPEAL);
        withdrawnRecommendation = recommendation.id();
        recommendation = null;
        appealReceivedOn = null;
        appealDeadline = null;
        entries.add(new Entry(stage, decision + ": " + reasons, false));
        events.add(RecordChanged.updated(RECORD, id, "appeal received", "appeal upheld"));
    }

    /** The appeal is dismissed: the termination takes effect. */
    public void dismissAppeal(String decision, String reasons) {
        SupportStage to = moveBy(Action.DISMISS_APPEAL, today);
        appealDecision = "DISMISSED";
        appealDecidedOn = today;
        entries.add(new Entry(to, decision + ": " + reasons, false));
    }

    /** The appeal window passed without an appeal: the termination takes effect. */
    public void endApprenticeship() {
        SupportStage to = moveBy(Action.END_APPRENTICESHIP, today);
        entries.add(new Entry(to, "The apprenticeship ended: the appeal window closed on " + GovUkDates.date(appealDeadline)
                + " without an appeal", false));
    }

    /** Another of the provider's policies ends the apprenticeship without the stages. */
    public void endUnderOtherPolicy(String policy, LocalDate on, String details) {
        moveBy(Action.END_UNDER_OTHER_POLICY, today);
        otherPolicy = policy;
        entries.add(new Entry(stage, "Apprenticeship ended on " + GovUkDates.date(on) + " under the " + policy
                + " policy (the stages were not followed)", false));
        entries.add(new Entry(stage, details, true));
    }

    /** A break in learning, recommended and confirmed by email, has begun. */
    public void takeBreak(LocalDate start, LocalDate back) {
        SupportStage to = moveBy(Action.TAKE_BREAK, today);
        entries.add(new Entry(to, "Break in learning from " + GovUkDates.date(start) + ", expected back " + GovUkDates.date(back),
                false));
    }

    /** The employer's choice (Points to note): together, no further action, or separately. */
    public void recordEmployerChoice(String choice, String words, String actions) {
        String before = employerChoice;
        employerChoice = choice;
        employerActions = actions;
        entries.add(new Entry(stage, "The employer's choice: " + words + (actions == null ? ""
                : ". Its own actions: " + actions), false));
        events.add(RecordChanged.updated(RECORD, id, String.valueOf(before), choice));
    }

    /** An action for resolution was marked done. */
    public void actionDone(UUID actionId) {
        entries.add(new Entry(stage, "An action was marked done", false));
        events.add(RecordChanged.updated("support action", actionId, "open", "done"));
    }

    private static String capitalise(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    // ------------------------------------------------------------------ read by the repository and the services

    public UUID id() {
        return id;
    }

    public ApprenticeshipId apprenticeshipId() {
        return apprenticeshipId;
    }

    public SupportStage stage() {
        return stage;
    }

    public LocalDate toldInPersonOn() {
        return toldInPersonOn;
    }

    public LocalDate stagePlanUntil() {
        return stagePlanUntil;
    }

    public LocalDate appealDeadline() {
        return appealDeadline;
    }

    public LocalDate appealReceivedOn() {
        return appealReceivedOn;
    }

    public RecommendationRow recommendation() {
        return recommendation;
    }

    public int meetingsThisStage() {
        return meetingsThisStage;
    }

    CaseRow row() {
        return new CaseRow(id, apprenticeshipId, stage, kind, reason, period, toldInPersonOn, stageBeganOn,
                stagePlanUntil, appealDeadline, appealReceivedOn, appealBy, appealText, appealDecision,
                appealDecidedOn, otherPolicy, employerChoice, employerActions, openedAt, closedAt, now, version);
    }

    boolean isNew() {
        return isNew;
    }

    UUID openedBy() {
        return openedBy;
    }

    String by() {
        return by;
    }

    List<MeetingRow> newMeetings() {
        return newMeetings;
    }

    RecommendationRow newRecommendation() {
        return newRecommendation;
    }

    boolean recommendationEmailed() {
        return recommendationEmailed;
    }

    UUID withdrawnRecommendation() {
        return withdrawnRecommendation;
    }

    List<Entry> entries() {
        return entries;
    }

    List<RecordChanged> events() {
        return events;
    }
}
