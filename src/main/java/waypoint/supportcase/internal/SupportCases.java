package waypoint.supportcase.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipChangeRefused;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.ApprenticeshipTransitions;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;
import waypoint.supportcase.internal.Records.CaseRow;
import waypoint.supportcase.internal.Records.MeetingRow;
import waypoint.supportcase.internal.Records.RecommendationRow;
import waypoint.supportcase.internal.StageTable.Action;
import waypoint.supportcase.internal.SupportEmails.To;

/**
 * The support case's application service (issue 8; seed 003): every step is authorised (who may see the
 * apprenticeship, and the seed's role for the step, or a more senior one), checked by the stage table, recorded on
 * the timeline, published to the audit trail, and sends the emails the policy asks for.
 */
@Service
public class SupportCases {

    /** Seed 003, Points to note: “There is a 10 working days appeal process to the outcome of stage 5”. */
    public static final int APPEAL_WORKING_DAYS = 10;

    static final String RECORD = "support case";
    private static final int TEXT_MAX = 5000;

    private final SupportCaseStore store;
    private final Apprenticeships apprenticeships;
    private final ApprenticeshipAccess access;
    private final ApprenticeshipTransitions transitions;
    private final SupportEmails emails;
    private final SupportTitles titles;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SupportCases(SupportCaseStore store, Apprenticeships apprenticeships, ApprenticeshipAccess access,
            ApprenticeshipTransitions transitions, SupportEmails emails, SupportTitles titles,
            WorkingCalendar calendar, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.apprenticeships = apprenticeships;
        this.access = access;
        this.transitions = transitions;
        this.emails = emails;
        this.titles = titles;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /** Optional fields of a simple step: a date, an expected return (a break), a note (reasons, a message). */
    public record StepInput(String date, String expectedReturn, String note) {

        public static StepInput none() {
            return new StepInput(null, null, null);
        }
    }

    public record ActionInput(String description, String dueOn) {
    }

    public record MeetingInput(String heldOn, String attendees, Boolean employerAttended, String progressUpdate,
            String successes, String blockers, String amendments, String supportRequests, String staffNotes) {
    }

    /** The appeal deadline: 10 working days after the day the stage 5 recommendation email was sent. */
    public LocalDate appealDeadline(LocalDate emailSentOn) {
        return calendar.addWorkingDays(emailSentOn, APPEAL_WORKING_DAYS);
    }

    // ------------------------------------------------------------------ authorisation

    public ApprenticeshipSummary requireView(CurrentUser user, UUID apprenticeshipId) {
        return apprenticeships.find(apprenticeshipId).filter(a -> access.canView(user, apprenticeshipId))
                .orElseThrow(() -> new NotFoundException("Apprenticeship"));
    }

    public boolean canManage(CurrentUser user, ApprenticeshipSummary a) {
        return user.isStaff() && access.canManage(user, a.id());
    }

    boolean isLearner(CurrentUser user, ApprenticeshipSummary a) {
        return user.has(Role.LEARNER) && user.id().equals(a.learnerAccountId());
    }

    boolean isEmployer(CurrentUser user, ApprenticeshipSummary a) {
        return user.has(Role.EMPLOYER_CONTACT) && access.canView(user, a.id());
    }

    boolean may(CurrentUser user, ApprenticeshipSummary a, Who who) {
        if (who == Who.APPELLANT) {
            return isLearner(user, a) || isEmployer(user, a) || canManage(user, a);
        }
        return canManage(user, a) && who.allows(user.roles());
    }

    private void requireWho(CurrentUser user, ApprenticeshipSummary a, Who who, Action action) {
        if (!may(user, a, who)) {
            throw new AccessDeniedException("Only the " + titles.current().of(who) + " (or someone more senior)"
                    + " working on this apprenticeship may " + action.words());
        }
    }

    /** A case and its apprenticeship, for someone who may see it; otherwise not found. */
    public Loaded load(CurrentUser user, UUID caseId) {
        CaseRow c = store.find(caseId).orElseThrow(() -> new NotFoundException("Support case"));
        return new Loaded(c, requireView(user, c.apprenticeshipId()));
    }

    public record Loaded(CaseRow c, ApprenticeshipSummary a) {
    }

    public CaseFacts facts(CaseRow c) {
        Optional<RecommendationRow> current = c.stage().isFormal() ? store.current(c) : Optional.empty();
        return new CaseFacts(c.toldInPersonOn() != null,
                c.stage().isFormal() ? store.meetingsIn(c.id(), c.stage(), c.period()) : 0,
                current.map(RecommendationRow::outcome).orElse(null),
                current.map(r -> r.emailSentAt() != null).orElse(false), c.appealDeadline(),
                c.appealReceivedOn() != null, c.appealDecision() != null, today());
    }

    /** Authorises the step for the person, then checks the table; answers the case to change. */
    private Loaded begin(CurrentUser user, UUID caseId, Action action, Integer version, CaseFacts overriding) {
        Loaded loaded = load(user, caseId);
        CaseRow c = loaded.c();
        Optional<StageTable.Step> step = StageTable.step(c.stage(), action);
        requireWho(user, loaded.a(), step.map(StageTable.Step::who).orElse(Who.COACH), action);
        if (version != null && version != c.version()) {
            throw new SupportCaseRefused("The case changed since you opened it: it is now at "
                    + c.stage().words().toLowerCase() + ". Check the case and try again");
        }
        StageTable.require(c.stage(), action, overriding != null ? overriding : facts(c));
        return loaded;
    }

    // ------------------------------------------------------------------ opening

    @Transactional
    public UUID open(CurrentUser user, UUID apprenticeshipId, String stage, String kind, String reason) {
        ApprenticeshipSummary a = requireView(user, apprenticeshipId);
        Action action = "2".equals(stage) ? Action.OPEN_AT_STAGE_2 : Action.OPEN_AT_STAGE_1;
        requireWho(user, a, Who.COACH, action);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"1".equals(stage) && !"2".equals(stage)) {
            errors.put("stage", "Choose stage 1 or stage 2: a case opens at an informal stage");
        }
        if (kind == null || !Set.of("PASTORAL", "PLACEMENT", "BOTH").contains(kind)) {
            errors.put("kind", "Choose whether the issues are pastoral, placement or both");
        }
        text(errors, "reason", reason, "Enter why the apprentice needs support");
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        store.openOf(apprenticeshipId).ifPresent(open -> {
            throw new SupportCaseRefused("This apprenticeship already has an open support case, at "
                    + open.stage().words().toLowerCase() + ": move it between stages instead");
        });
        if (!a.isActive()) {
            throw new SupportCaseRefused("A support case needs an active apprenticeship; this one is "
                    + a.status().name().toLowerCase().replace('_', ' '));
        }
        SupportStage to = StageTable.require(SupportStage.NONE, action, CaseFacts.fresh(today())).to();
        UUID id = UUID.randomUUID();
        store.insert(id, apprenticeshipId, to, kind, reason.strip(), user.id(), now());
        store.event(id, to, user.displayName(), "Opened at " + to.words().toLowerCase() + ": " + reason.strip(),
                false, now());
        events.publishEvent(RecordChanged.created(RECORD, id, a.learnerName() + ": " + to.words()));
        return id;
    }

    // ------------------------------------------------------------------ simple steps

    static final Set<Action> SIMPLE = EnumSet.of(Action.MOVE_TO_STAGE_1, Action.MOVE_TO_STAGE_2, Action.CLOSE,
            Action.RECORD_TOLD_IN_PERSON, Action.SEND_RECOMMENDATION_EMAIL, Action.START_STAGE_4,
            Action.START_STAGE_5, Action.EXTEND_STAGE_3, Action.RETURN_TO_STAGE_1, Action.RETURN_TO_STAGE_2,
            Action.RETURN_OFF_SUPPORT, Action.TAKE_BREAK, Action.UPHOLD_APPEAL, Action.DISMISS_APPEAL,
            Action.END_APPRENTICESHIP);

    @Transactional
    public void step(CurrentUser user, UUID caseId, Action action, Integer version, StepInput input) {
        if (action == null || !SIMPLE.contains(action)) {
            throw new FieldValidationException("action", "Choose a step this form can take");
        }
        StepInput in = input == null ? StepInput.none() : input;
        Loaded loaded = begin(user, caseId, action, version, null);
        CaseRow c = loaded.c();
        ApprenticeshipSummary a = loaded.a();
        String by = user.displayName();
        switch (action) {
            case RECORD_TOLD_IN_PERSON -> {
                LocalDate told = pastDate("date", in.date(), "the day the apprentice was told in person");
                store.set(c.id(), "told_in_person_on", told, now());
                store.event(c.id(), c.stage(), by, "Told the apprentice in person on " + Dates.of(told)
                        + " that formal support (stage 3) is next", false, now());
            }
            case SEND_RECOMMENDATION_EMAIL -> sendRecommendationEmail(c, a, by);
            case START_STAGE_4, START_STAGE_5 -> {
                SupportStage to = move(c, action);
                int n = to.number();
                String message = in.note() == null || in.note().isBlank()
                        ? "The actions and dates agreed so far still apply; the meetings will check progress on them."
                        : limit("note", in.note());
                String chair = n == 4 ? titles.current().lead() : titles.current().head();
                List<To> parts = n == 4 ? List.of(To.APPRENTICE, To.LINE_MANAGER, To.COACH, To.CLIENT_PARTNER)
                        : List.of(To.APPRENTICE, To.LINE_MANAGER, To.COACH, To.CLIENT_PARTNER, To.LEAD);
                emails.send(c.id(), a, to, "STAGE_" + n + "_INTRODUCTION", "introduction",
                        Map.of("stage", n, "previous", n - 1, "message", message, "chair", chair),
                        emails.recipients(a, parts), by, now());
                store.event(c.id(), to, by, "Started stage " + n + " and sent its introduction email", false, now());
            }
            case TAKE_BREAK -> {
                LocalDate start = in.date() == null || in.date().isBlank() ? today()
                        : date("date", in.date(), "the first day of the break");
                LocalDate back = date("expectedReturn", in.expectedReturn(), "the expected return date");
                try {
                    transitions.takeBreak(user, a.id(), start, back, "Support case: stage " + c.stage().number()
                            + " recommendation of a break in learning");
                } catch (ApprenticeshipChangeRefused refused) {
                    throw new SupportCaseRefused(refused.getMessage());
                }
                move(c, action);
                store.event(c.id(), SupportStage.BREAK_IN_LEARNING, by, "Break in learning from "
                        + Dates.of(start) + ", expected back " + Dates.of(back), false, now());
            }
            case UPHOLD_APPEAL, DISMISS_APPEAL -> decideAppeal(c, a, user, action, in);
            case END_APPRENTICESHIP -> {
                try {
                    transitions.withdraw(user, a.id(), today(), WithdrawalReason.OTHER,
                            "Termination of training provision: stage 5 of the support and escalation policy; the"
                                    + " appeal window closed on " + Dates.of(c.appealDeadline()));
                } catch (ApprenticeshipChangeRefused refused) {
                    throw new SupportCaseRefused(refused.getMessage());
                }
                move(c, action);
                store.event(c.id(), SupportStage.ENDED, by, "The apprenticeship ended: the appeal window closed on "
                        + Dates.of(c.appealDeadline()) + " without an appeal", false, now());
            }
            default -> {
                SupportStage to = move(c, action);
                store.event(c.id(), to, by, capitalise(action.words()) + (in.note() == null || in.note().isBlank()
                        ? "" : ": " + limit("note", in.note())), false, now());
            }
        }
        events.publishEvent(RecordChanged.updated(RECORD, c.id(), c.stage().words(),
                action.words() + " → " + store.find(c.id()).map(x -> x.stage().words()).orElse("")));
    }

    private SupportStage move(CaseRow c, Action action) {
        SupportStage to = StageTable.step(c.stage(), action).orElseThrow().to();
        if (!store.move(c, to, now())) {
            throw new SupportCaseRefused("The case changed since you opened it. Check the case and try again");
        }
        return to;
    }

    private void sendRecommendationEmail(CaseRow c, ApprenticeshipSummary a, String by) {
        RecommendationRow r = store.current(c).orElseThrow();
        int n = c.stage().number();
        // Seed 003, Next steps: who each stage's confirming email copies in
        List<To> parts = switch (n) {
            case 3 -> List.of(To.APPRENTICE, To.LINE_MANAGER, To.CLIENT_PARTNER, To.LEAD);
            case 4 -> List.of(To.APPRENTICE, To.COACH, To.LINE_MANAGER, To.CLIENT_PARTNER, To.HEAD);
            default -> List.of(To.APPRENTICE, To.COACH, To.LINE_MANAGER, To.CLIENT_PARTNER, To.LEAD);
        };
        LocalDate deadline = null;
        if (r.outcome() == Outcome.END_APPRENTICESHIP) {
            deadline = appealDeadline(today());
            store.set(c.id(), "appeal_deadline", deadline, now());
        }
        Map<String, Object> model = new java.util.HashMap<>(Map.of("stage", n, "outcome", r.outcome().words(),
                "madeBy", r.madeBy(), "madeOn", Dates.of(r.madeOn()), "reasons", r.reasons()));
        model.put("appealDeadline", deadline == null ? null : Dates.of(deadline));
        emails.send(c.id(), a, c.stage(), "STAGE_" + n + "_RECOMMENDATION", "recommendation", model,
                emails.recipients(a, parts), by, now());
        store.recommendationEmailed(r.id(), now());
        store.event(c.id(), c.stage(), by, "Sent the stage " + n + " recommendation email ("
                + r.outcome().words().toLowerCase() + ")" + (deadline == null ? ""
                : "; an appeal may be made until " + Dates.of(deadline)), false, now());
    }

    private void decideAppeal(CaseRow c, ApprenticeshipSummary a, CurrentUser user, Action action, StepInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "note", in.note(), "Enter the reasons for the decision");
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        String by = user.displayName();
        boolean upheld = action == Action.UPHOLD_APPEAL;
        String decision = upheld ? "Appeal upheld: the termination is withdrawn and the recommendation is made again"
                : "Appeal dismissed: the termination of training provision takes effect";
        emails.send(c.id(), a, c.stage(), "APPEAL_DECISION", "appeal-decision", Map.of("decision", decision,
                        "reasons", in.note().strip(), "receivedOn", Dates.of(c.appealReceivedOn())),
                emails.recipients(a, List.of(To.APPRENTICE, To.LINE_MANAGER, To.COACH, To.HEAD)), by, now());
        if (upheld) {
            store.current(c).ifPresent(r -> store.withdrawRecommendation(r.id()));
            store.set(c.id(), "appeal_received_on", null, now());
            store.set(c.id(), "appeal_deadline", null, now());
            store.event(c.id(), c.stage(), by, decision + ": " + in.note().strip(), false, now());
        } else {
            try {
                transitions.withdraw(user, a.id(), today(), WithdrawalReason.OTHER, "Termination of training"
                        + " provision: stage 5 of the support and escalation policy; appeal dismissed");
            } catch (ApprenticeshipChangeRefused refused) {
                throw new SupportCaseRefused(refused.getMessage());
            }
            store.set(c.id(), "appeal_decision", "DISMISSED", now());
            store.set(c.id(), "appeal_decided_on", today(), now());
            CaseRow fresh = store.find(c.id()).orElseThrow();
            move(fresh, action);
            store.event(c.id(), SupportStage.ENDED, by, decision + ": " + in.note().strip(), false, now());
        }
    }

    // ------------------------------------------------------------------ stage 3, meetings, recommendations

    @Transactional
    public void startStage3(CurrentUser user, UUID caseId, Integer version, String supportSoFar, String reasons,
            List<ActionInput> actions, String planUntil) {
        Loaded loaded = begin(user, caseId, Action.START_STAGE_3, version, null);
        CaseRow c = loaded.c();
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "supportSoFar", supportSoFar, "Enter the support offered so far");
        text(errors, "reasons", reasons, "Enter the reasons for escalation");
        List<ActionInput> given = actions == null ? List.of() : actions.stream()
                .filter(x -> x != null && ((x.description() != null && !x.description().isBlank())
                        || (x.dueOn() != null && !x.dueOn().isBlank()))).toList();
        List<LocalDate> dues = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ActionInput x = given.get(i);
            if (x.description() == null || x.description().isBlank() || x.description().length() > 500) {
                errors.put("actions[" + i + "].description", "Enter action " + (i + 1) + " in 500 characters or fewer");
            }
            Optional<LocalDate> due = DateText.parse(x.dueOn());
            if (due.isEmpty() || due.get().isBefore(today())) {
                errors.put("actions[" + i + "].dueOn", "Enter a suggested completion date for action " + (i + 1)
                        + ", today or later, like 27/4/2027");
            } else {
                dues.add(due.get());
            }
        }
        if (given.isEmpty()) {
            errors.put("actions[0].description", "Enter at least one action for resolution, with a suggested date");
        }
        Optional<LocalDate> until = DateText.parse(planUntil);
        if (until.isEmpty() || !until.get().isAfter(today())) {
            errors.put("planUntil", "Enter the end of the stage's time plan, after today, like 27/4/2027");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        String by = user.displayName();
        LocalDate toldOn = c.toldInPersonOn();
        SupportStage to = move(c, Action.START_STAGE_3);
        store.set(c.id(), "stage_plan_until", until.get(), now());
        List<Map<String, String>> listed = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            store.action(c.id(), given.get(i).description().strip(), dues.get(i));
            listed.add(Map.of("description", given.get(i).description().strip(), "due", Dates.of(dues.get(i))));
        }
        emails.send(c.id(), loaded.a(), to, "STAGE_3_START", "stage-3", Map.of("toldOn", Dates.of(toldOn),
                        "supportSoFar", supportSoFar.strip(), "reasons", reasons.strip(), "actions", listed,
                        "planUntil", Dates.of(until.get())),
                emails.recipients(loaded.a(), List.of(To.APPRENTICE, To.LINE_MANAGER, To.CLIENT_PARTNER)), by, now());
        store.event(c.id(), to, by, "Started stage 3 (formal support) and sent its email; the time plan runs until "
                + Dates.of(until.get()), false, now());
        events.publishEvent(RecordChanged.updated(RECORD, c.id(), c.stage().words(), to.words()));
    }

    @Transactional
    public UUID holdMeeting(CurrentUser user, UUID caseId, Integer version, MeetingInput in) {
        Loaded loaded = begin(user, caseId, Action.HOLD_MEETING, version, null);
        CaseRow c = loaded.c();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate held = null;
        Optional<LocalDate> parsed = DateText.parse(in.heldOn());
        if (parsed.isEmpty() || parsed.get().isAfter(today())) {
            errors.put("heldOn", "Enter the date the meeting was held, today or earlier, like 27/4/2026");
        } else {
            held = parsed.get();
        }
        text(errors, "attendees", in.attendees(), "Enter who attended");
        if (in.employerAttended() == null) {
            errors.put("employerAttended", "Say whether the line manager or someone from the employer attended");
        }
        text(errors, "progressUpdate", in.progressUpdate(), "Enter the update on progress with actions");
        text(errors, "successes", in.successes(), "Enter the successes (or “none”)");
        text(errors, "blockers", in.blockers(), "Enter the blockers (or “none”)");
        text(errors, "amendments", in.amendments(), "Enter any amendments proposed (or “none”)");
        text(errors, "supportRequests", in.supportRequests(), "Enter the support requests (or “none”)");
        if (in.staffNotes() != null && in.staffNotes().length() > TEXT_MAX) {
            errors.put("staffNotes", "Staff-only notes must be " + TEXT_MAX + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        int number = store.meetingsIn(c.id(), c.stage(), c.period()) + 1;
        MeetingRow m = new MeetingRow(UUID.randomUUID(), c.stage(), c.period(), held, in.attendees().strip(),
                in.employerAttended(), in.progressUpdate().strip(), in.successes().strip(), in.blockers().strip(),
                in.amendments().strip(), in.supportRequests().strip(),
                in.staffNotes() == null || in.staffNotes().isBlank() ? null : in.staffNotes().strip(),
                user.displayName());
        store.meeting(c.id(), m, now());
        store.touch(c.id(), now());
        int n = c.stage().number();
        store.event(c.id(), c.stage(), user.displayName(), "Stage " + n + " meeting " + number + " held on "
                + Dates.of(held) + (in.employerAttended() ? "" : " without anyone from the employer"), false, now());
        if (m.staffNotes() != null) {
            store.event(c.id(), c.stage(), user.displayName(), "Staff-only note on meeting " + number + ": "
                    + m.staffNotes(), true, now());
        }
        // Stages 4 and 5: "If someone is not present the meeting will go ahead and a record will be sent."
        if (n >= 4 && !in.employerAttended()) {
            emails.send(c.id(), loaded.a(), c.stage(), "MEETING_RECORD", "meeting-record",
                    Map.of("stage", n, "heldOn", Dates.of(held), "meeting", m),
                    emails.recipients(loaded.a(), List.of(To.LINE_MANAGER)), user.displayName(), now());
            store.event(c.id(), c.stage(), user.displayName(), "Sent the meeting's record to the employer, who did"
                    + " not attend", false, now());
        }
        events.publishEvent(RecordChanged.created("support meeting", m.id(), "stage " + n + " meeting " + number));
        return m.id();
    }

    @Transactional
    public UUID recommend(CurrentUser user, UUID caseId, Integer version, String outcome, String reasons) {
        Loaded loaded = begin(user, caseId, Action.RECOMMEND, version, null);
        CaseRow c = loaded.c();
        Map<String, String> errors = new LinkedHashMap<>();
        Outcome chosen = null;
        try {
            chosen = outcome == null ? null : Outcome.valueOf(outcome);
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        if (chosen == null || !StageTable.OUTCOMES.get(c.stage()).contains(chosen)) {
            errors.put("outcome", "Choose one of the recommendations stage " + c.stage().number() + " allows");
        }
        text(errors, "reasons", reasons, "Enter the reasons for the recommendation");
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        RecommendationRow r = new RecommendationRow(UUID.randomUUID(), c.stage(), c.period(), chosen,
                reasons.strip(), user.displayName(), today(), null);
        store.recommendation(c.id(), r);
        store.touch(c.id(), now());
        store.event(c.id(), c.stage(), user.displayName(), "Stage " + c.stage().number() + " recommendation: "
                + chosen.words().toLowerCase() + " (shared in the last meeting)", false, now());
        events.publishEvent(RecordChanged.created("support recommendation", r.id(), chosen.words()));
        return r.id();
    }

    // ------------------------------------------------------------------ appeal, other policy, employer

    @Transactional
    public void appeal(CurrentUser user, UUID caseId, String by, String receivedOn, String text) {
        Loaded loaded = load(user, caseId);
        CaseRow c = loaded.c();
        ApprenticeshipSummary a = loaded.a();
        requireWho(user, a, Who.APPELLANT, Action.RECORD_APPEAL);
        String appellant = isLearner(user, a) ? "APPRENTICE" : isEmployer(user, a) ? "EMPLOYER" : by;
        Map<String, String> errors = new LinkedHashMap<>();
        if (appellant == null || !Set.of("APPRENTICE", "EMPLOYER").contains(appellant)) {
            errors.put("by", "Choose who appealed: the apprentice or the employer");
        }
        LocalDate received = receivedOn == null || receivedOn.isBlank() || !user.isStaff() ? today()
                : DateText.parse(receivedOn).filter(d -> !d.isAfter(today())).orElse(null);
        if (received == null) {
            errors.put("receivedOn", "Enter the date the written appeal was received, today or earlier");
        }
        text(errors, "text", text, "Enter the appeal, in writing");
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        // in time if received within the window, whenever it is recorded
        StageTable.require(c.stage(), Action.RECORD_APPEAL, new CaseFacts(false, 0,
                facts(c).recommendation(), facts(c).recommendationEmailSent(), c.appealDeadline(),
                c.appealReceivedOn() != null, c.appealDecision() != null, received));
        store.set(c.id(), "appeal_received_on", received, now());
        store.set(c.id(), "appeal_by", appellant, now());
        store.set(c.id(), "appeal_text", text.strip(), now());
        store.event(c.id(), c.stage(), user.displayName(), "Appeal received on " + Dates.of(received) + " from the "
                + ("APPRENTICE".equals(appellant) ? "apprentice" : "employer") + ": " + text.strip(), false, now());
        events.publishEvent(RecordChanged.updated(RECORD, c.id(), "", "appeal received"));
    }

    /** Seed 003: “Makers reserve the right to apply any of our other policies to end an apprenticeship”. */
    @Transactional
    public UUID endUnderOtherPolicy(CurrentUser user, UUID apprenticeshipId, String policy, String date,
            String withdrawalReason, String details) {
        ApprenticeshipSummary a = requireView(user, apprenticeshipId);
        requireWho(user, a, Who.HEAD, Action.END_UNDER_OTHER_POLICY);
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "policy", policy, "Enter the policy that ends the apprenticeship, like safeguarding or code of"
                + " conduct");
        Optional<LocalDate> on = DateText.parse(date);
        if (on.isEmpty() || on.get().isAfter(today())) {
            errors.put("date", "Enter the date the apprenticeship ended, today or earlier");
        }
        WithdrawalReason why = null;
        try {
            why = WithdrawalReason.valueOf(withdrawalReason == null ? "" : withdrawalReason);
        } catch (IllegalArgumentException unknown) {
            errors.put("withdrawalReason", "Choose the withdrawal reason");
        }
        text(errors, "details", details, "Enter what happened");
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        Optional<CaseRow> open = store.openOf(apprenticeshipId);
        UUID id;
        if (open.isPresent()) {
            id = open.get().id();
            StageTable.require(open.get().stage(), Action.END_UNDER_OTHER_POLICY, facts(open.get()));
        } else {
            id = UUID.randomUUID();
            StageTable.require(SupportStage.NONE, Action.END_UNDER_OTHER_POLICY, CaseFacts.fresh(today()));
            store.insert(id, apprenticeshipId, SupportStage.NONE, "BOTH", "Ended under the " + policy.strip()
                    + " policy", user.id(), now());
        }
        try {
            transitions.withdraw(user, a.id(), on.get(), why, "Ended under the " + policy.strip()
                    + " policy, without the support stages: " + details.strip());
        } catch (ApprenticeshipChangeRefused refused) {
            throw new SupportCaseRefused(refused.getMessage());
        }
        CaseRow c = store.find(id).orElseThrow();
        move(c, Action.END_UNDER_OTHER_POLICY);
        store.set(id, "other_policy", policy.strip(), now());
        store.event(id, SupportStage.ENDED_BY_OTHER_POLICY, user.displayName(), "Apprenticeship ended on "
                + Dates.of(on.get()) + " under the " + policy.strip() + " policy (the stages were not followed)",
                false, now());
        store.event(id, SupportStage.ENDED_BY_OTHER_POLICY, user.displayName(), details.strip(), true, now());
        events.publishEvent(RecordChanged.updated(RECORD, id, c.stage().words(), "ended under " + policy.strip()));
        return id;
    }

    /** The employer's choices (seed 003, Points to note). */
    public static final Map<String, String> EMPLOYER_CHOICES = Map.of(
            "TOGETHER", "Uses this process together with the provider, as part of its performance management",
            "NO_FURTHER_ACTION", "Takes no further action (the apprentice may stay employed in another capacity)",
            "SEPARATELY", "Runs its own performance management separately, alongside this process");

    @Transactional
    public void employerPosition(CurrentUser user, UUID caseId, String choice, String actions) {
        Loaded loaded = load(user, caseId);
        requireWho(user, loaded.a(), Who.COACH, Action.HOLD_MEETING);
        Map<String, String> errors = new LinkedHashMap<>();
        if (choice == null || !EMPLOYER_CHOICES.containsKey(choice)) {
            errors.put("choice", "Choose what the employer has chosen to do");
        }
        if (actions != null && actions.length() > TEXT_MAX) {
            errors.put("employerActions", "The employer's actions must be " + TEXT_MAX + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        CaseRow c = loaded.c();
        store.set(c.id(), "employer_choice", choice, now());
        store.set(c.id(), "employer_actions", actions == null || actions.isBlank() ? null : actions.strip(), now());
        store.event(c.id(), c.stage(), user.displayName(), "The employer's choice: " + EMPLOYER_CHOICES.get(choice)
                + (actions == null || actions.isBlank() ? "" : ". Its own actions: " + actions.strip()), false, now());
        events.publishEvent(RecordChanged.updated(RECORD, c.id(), String.valueOf(c.employerChoice()), choice));
    }

    @Transactional
    public void actionDone(CurrentUser user, UUID caseId, UUID actionId) {
        Loaded loaded = load(user, caseId);
        requireWho(user, loaded.a(), Who.COACH, Action.HOLD_MEETING);
        if (!store.actionDone(caseId, actionId, today())) {
            throw new NotFoundException("Action");
        }
        store.event(caseId, loaded.c().stage(), user.displayName(), "An action was marked done", false, now());
        events.publishEvent(RecordChanged.updated("support action", actionId, "open", "done"));
    }

    /** The scheduled job's step: a termination whose appeal window passed without an appeal takes effect. */
    @Transactional
    public boolean endAfterAppealWindow(UUID caseId) {
        CaseRow c = store.find(caseId).orElseThrow();
        if (StageTable.whyNot(c.stage(), Action.END_APPRENTICESHIP, facts(c)).isPresent()) {
            return false;
        }
        transitions.systemWithdraw(c.apprenticeshipId(), today(), WithdrawalReason.OTHER,
                "Termination of training provision: stage 5 of the support and escalation policy; the appeal"
                        + " window closed on " + Dates.of(c.appealDeadline()) + " without an appeal");
        move(c, Action.END_APPRENTICESHIP);
        store.event(c.id(), SupportStage.ENDED, "Waypoint", "The apprenticeship ended: the appeal window closed on "
                + Dates.of(c.appealDeadline()) + " without an appeal", false, now());
        events.publishEvent(RecordChanged.updated(RECORD, c.id(), c.stage().words(), SupportStage.ENDED.words()));
        return true;
    }

    // ------------------------------------------------------------------ helpers

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    private static void text(Map<String, String> errors, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            errors.put(field, message);
        } else if (value.length() > TEXT_MAX) {
            errors.put(field, message.replaceFirst("^Enter", "Shorten") + " to " + TEXT_MAX + " characters or fewer");
        }
    }

    private static String limit(String field, String value) {
        if (value.length() > TEXT_MAX) {
            throw new FieldValidationException(field, "Enter " + TEXT_MAX + " characters or fewer");
        }
        return value.strip();
    }

    private LocalDate date(String field, String value, String what) {
        return DateText.parse(value).orElseThrow(() -> new FieldValidationException(field,
                "Enter " + what + " as a real date, like 27/4/2026"));
    }

    private LocalDate pastDate(String field, String value, String what) {
        LocalDate d = date(field, value, what);
        if (d.isAfter(today())) {
            throw new FieldValidationException(field, "Enter " + what + ": today or earlier");
        }
        return d;
    }

    private static String capitalise(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
