package waypoint.supportcase.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;
import waypoint.supportcase.internal.Records.MeetingRow;
import waypoint.supportcase.internal.Records.RecommendationRow;
import waypoint.supportcase.internal.StageTable.Action;
import waypoint.supportcase.internal.SupportEmails.Recipient;
import waypoint.supportcase.internal.SupportEmails.To;

/**
 * The formal stages of your support policy (docs/domain/support-policy.md): starting stage 3, 4 or 5 with its time
 * plan and its email, the stage's meetings, its recommendation and the email confirming it. Each command authorises
 * the person, asks the {@link SupportCase} to change, sends the emails the policy asks for and saves.
 */
@Service
public class FormalStages {

    /** Your support policy, Points to note: “a 10 working days appeal process to the outcome of stage 5”. */
    public static final int APPEAL_WORKING_DAYS = 10;

    private final SupportCasePolicy policy;
    private final SupportCaseRepository cases;
    private final SupportEmails emails;
    private final SupportTitles titles;
    private final WorkingCalendar calendar;
    private final Clock clock;

    FormalStages(SupportCasePolicy policy, SupportCaseRepository cases, SupportEmails emails, SupportTitles titles,
            WorkingCalendar calendar, Clock clock) {
        this.policy = policy;
        this.cases = cases;
        this.emails = emails;
        this.titles = titles;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** An action for resolution with its suggested completion date, as the form has checked them. */
    public record ActionInput(String description, LocalDate dueOn) {
    }

    /** A formal stage meeting, with the agenda your support policy sets; the staff-only notes may be null. */
    public record MeetingInput(LocalDate heldOn, String attendees, boolean employerAttended, String progressUpdate,
            String successes, String blockers, String amendments, String supportRequests, String staffNotes) {
    }

    /** The appeal deadline: 10 working days after the day the stage 5 recommendation email was sent. */
    public LocalDate appealDeadline(LocalDate emailSentOn) {
        return calendar.addWorkingDays(emailSentOn, APPEAL_WORKING_DAYS);
    }

    /**
     * Refuses someone who may not start stage 3 of the case now, before what they typed is read: the same checks as
     * {@link #startStage3}.
     */
    @Transactional(readOnly = true)
    public void requireStage3(CurrentUser user, UUID caseId) {
        requireStep(user, caseId, Action.START_STAGE_3);
    }

    /**
     * Stage 3: the email “will clearly explain the support offered to date, and the reasons for escalation ... clear
     * actions for resolution, and suggested dates for completion”, with the time plan set before the stage began
     * (the day it began, when not given, is today). The form has checked what was typed; each action's date is today
     * or later.
     */
    @Transactional
    public void startStage3(CurrentUser user, UUID caseId, Integer version, LocalDate startedOn, String supportSoFar,
            String reasons, List<ActionInput> actions, LocalDate planUntil) {
        SupportCasePolicy.Loaded loaded = authorise(user, caseId, Action.START_STAGE_3);
        SupportCase c = cases.get(loaded.c(), user.displayName(), version);
        StageTable.require(c.stage(), Action.START_STAGE_3, c.facts());
        LocalDate today = LocalDate.now(clock);
        Map<String, String> past = IntStream.range(0, actions.size())
                .filter(i -> actions.get(i).dueOn().isBefore(today)).boxed()
                .collect(Collectors.toMap(i -> "actions[" + i + "].dueOn", i -> "Enter a suggested completion date for"
                        + " action " + (i + 1) + ", today or later, like 27/4/2027", (a, b) -> a, LinkedHashMap::new));
        if (!past.isEmpty()) {
            throw new FieldValidationException(past);
        }
        LocalDate toldOn = c.toldInPersonOn();
        SupportStage to = c.startFormalStage(3, startedOn == null ? today : startedOn, planUntil);
        List<Map<String, String>> listed = actions.stream()
                .map(x -> Map.of("description", x.description(), "due", GovUkDates.date(x.dueOn()))).toList();
        List<Recipient> to3 = emails.recipients(loaded.a(), List.of(To.APPRENTICE, To.LINE_MANAGER, To.CLIENT_PARTNER));
        c.noted("Sent the stage 3 email to " + emails.sentTo(to3));
        cases.save(c);
        for (ActionInput x : actions) {
            cases.action(c.id(), x.description(), x.dueOn());
        }
        emails.send(c.id(), loaded.a(), to, "STAGE_3_START", "stage-3", Map.of("toldOn", GovUkDates.date(toldOn),
                        "supportSoFar", supportSoFar, "reasons", reasons, "actions", listed,
                        "planUntil", GovUkDates.date(planUntil)), to3, user.displayName(), now());
    }

    /**
     * Stages 4 and 5: the previous stage took place and its recommendation email was sent; the stage's own time
     * plan is set before it begins; the introduction email goes from the lead (stage 4) or the head (stage 5).
     */
    void startStage(CurrentUser user, SupportCasePolicy.Loaded loaded, SupportCase c, int n, LocalDate startedOn,
            LocalDate planUntil, String note) {
        LocalDate began = startedOn == null ? LocalDate.now(clock) : startedOn;
        LocalDate until = planUntil;
        String message = note == null || note.isBlank()
                ? "The actions and dates agreed so far still apply; the meetings will check progress on them."
                : note.strip();
        SupportStage to = c.startFormalStage(n, began, until);
        String chair = n == 4 ? titles.current().lead() : titles.current().head();
        List<To> parts = n == 4 ? List.of(To.APPRENTICE, To.LINE_MANAGER, To.COACH, To.CLIENT_PARTNER)
                : List.of(To.APPRENTICE, To.LINE_MANAGER, To.COACH, To.CLIENT_PARTNER, To.LEAD);
        List<Recipient> recipients = emails.recipients(loaded.a(), parts);
        c.noted("Sent the stage " + n + " introduction email to " + emails.sentTo(recipients));
        cases.save(c);
        emails.send(c.id(), loaded.a(), to, "STAGE_" + n + "_INTRODUCTION", "introduction",
                Map.of("stage", n, "previous", n - 1, "message", message, "chair", chair, "planUntil",
                        GovUkDates.date(until)), recipients, user.displayName(), now());
    }

    /**
     * Refuses someone who may not record a meeting of the case at its stage, before what they typed is read: the
     * same checks as {@link #holdMeeting}.
     */
    @Transactional(readOnly = true)
    public void requireMeeting(CurrentUser user, UUID caseId) {
        requireStep(user, caseId, Action.HOLD_MEETING);
    }

    @Transactional
    public UUID holdMeeting(CurrentUser user, UUID caseId, Integer version, MeetingInput in) {
        SupportCasePolicy.Loaded loaded = authorise(user, caseId, Action.HOLD_MEETING);
        SupportCase c = cases.get(loaded.c(), user.displayName(), version);
        StageTable.require(c.stage(), Action.HOLD_MEETING, c.facts());
        LocalDate held = in.heldOn();
        MeetingRow m = c.holdMeeting(new MeetingRow(UUID.randomUUID(), c.stage(), 0, held, in.attendees(),
                in.employerAttended(), in.progressUpdate(), in.successes(), in.blockers(), in.amendments(),
                in.supportRequests(), in.staffNotes(), user.displayName()));
        int n = c.stage().number();
        // Stages 4 and 5: "If someone is not present the meeting will go ahead and a record will be sent."
        List<Recipient> employer = n >= 4 && !in.employerAttended()
                ? emails.recipients(loaded.a(), List.of(To.LINE_MANAGER)) : List.of();
        if (!employer.isEmpty()) {
            c.noted("Sent the meeting's record to " + emails.sentTo(employer) + ", as nobody from the employer"
                    + " attended");
        }
        cases.save(c);
        if (!employer.isEmpty()) {
            emails.send(c.id(), loaded.a(), c.stage(), "MEETING_RECORD", "meeting-record",
                    Map.of("stage", n, "heldOn", GovUkDates.date(held), "meeting", m), employer, user.displayName(), now());
        }
        return m.id();
    }

    /**
     * Refuses someone who may not make the case's recommendation now, before what they typed is read: the same checks
     * as {@link #recommend}.
     */
    @Transactional(readOnly = true)
    public void requireRecommendation(CurrentUser user, UUID caseId) {
        requireStep(user, caseId, Action.RECOMMEND);
    }

    /** The stage's recommendation with its reasons (and, made early, why), as the form has checked them. */
    @Transactional
    public UUID recommend(CurrentUser user, UUID caseId, Integer version, Outcome outcome, String reasons,
            String earlyReason) {
        SupportCasePolicy.Loaded loaded = authorise(user, caseId, Action.RECOMMEND);
        SupportCase c = cases.get(loaded.c(), user.displayName(), version);
        StageTable.require(c.stage(), Action.RECOMMEND, c.facts());
        RecommendationRow r = c.recommend(outcome, reasons, earlyReason);
        cases.save(c);
        return r.id();
    }

    /** “This recommendation is shared in the last meeting, and a confirming email is followed, copying in ...”. */
    void sendRecommendationEmail(CurrentUser user, SupportCasePolicy.Loaded loaded, SupportCase c) {
        RecommendationRow r = c.recommendation();
        int n = c.stage().number();
        // Next steps: who each stage's confirming email copies in
        List<To> parts = switch (n) {
            case 3 -> List.of(To.APPRENTICE, To.LINE_MANAGER, To.CLIENT_PARTNER, To.LEAD);
            case 4 -> List.of(To.APPRENTICE, To.COACH, To.LINE_MANAGER, To.CLIENT_PARTNER, To.HEAD);
            default -> List.of(To.APPRENTICE, To.COACH, To.LINE_MANAGER, To.CLIENT_PARTNER, To.LEAD);
        };
        List<Recipient> recipients = emails.recipients(loaded.a(), parts);
        LocalDate deadline = r == null || r.outcome() != Outcome.END_APPRENTICESHIP ? null
                : appealDeadline(LocalDate.now(clock));
        c.recommendationEmailSent(deadline, emails.sentTo(recipients));
        cases.save(c);
        Map<String, Object> model = new HashMap<>(Map.of("stage", n, "outcome", r.outcome().words(),
                "madeBy", r.madeBy(), "madeOn", GovUkDates.date(r.madeOn()), "reasons", r.reasons()));
        model.put("appealDeadline", deadline == null ? null : GovUkDates.date(deadline));
        emails.send(c.id(), loaded.a(), c.stage(), "STAGE_" + n + "_RECOMMENDATION", "recommendation", model,
                recipients, user.displayName(), now());
    }

    /** The person may take the step, and the case's stage allows it now. */
    private void requireStep(CurrentUser user, UUID caseId, Action action) {
        SupportCasePolicy.Loaded loaded = authorise(user, caseId, action);
        SupportCase c = cases.get(loaded.c(), user.displayName());
        StageTable.require(c.stage(), action, c.facts());
    }

    /** The person may take the step the table gives for the case's stage (or, when none, the coach's). */
    private SupportCasePolicy.Loaded authorise(CurrentUser user, UUID caseId, Action action) {
        SupportCasePolicy.Loaded loaded = policy.load(user, caseId);
        Who who = StageTable.step(loaded.c().stage(), action).map(StageTable.Step::who).orElse(Who.COACH);
        policy.requireWho(user, loaded.a(), who, action);
        return loaded;
    }

    private Instant now() {
        return clock.instant();
    }
}
