package waypoint.supportcase.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

    public record ActionInput(String description, String dueOn) {
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
     * Stage 3: the email “will clearly explain the support offered to date, and the reasons for escalation ... clear
     * actions for resolution, and suggested dates for completion”, with the time plan set before the stage began.
     */
    @Transactional
    public void startStage3(CurrentUser user, UUID caseId, Integer version, String startedOn, String supportSoFar,
            String reasons, List<ActionInput> actions, String planUntil) {
        SupportCasePolicy.Loaded loaded = authorise(user, caseId, Action.START_STAGE_3);
        SupportCase c = cases.get(loaded.c(), user.displayName(), version);
        StageTable.require(c.stage(), Action.START_STAGE_3, c.facts());
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        Inputs.text(errors, "supportSoFar", supportSoFar, "Enter the support offered so far");
        Inputs.text(errors, "reasons", reasons, "Enter the reasons for escalation");
        List<ActionInput> given = actions == null ? List.of() : actions.stream()
                .filter(x -> x != null && (!Inputs.blank(x.description()) || !Inputs.blank(x.dueOn()))).toList();
        List<LocalDate> dues = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ActionInput x = given.get(i);
            if (Inputs.blank(x.description()) || x.description().length() > 500) {
                errors.put("actions[" + i + "].description", "Enter action " + (i + 1) + " in 500 characters or fewer");
            }
            Optional<LocalDate> due = Inputs.parse(x.dueOn());
            if (due.isEmpty() || due.get().isBefore(today)) {
                errors.put("actions[" + i + "].dueOn", "Enter a suggested completion date for action " + (i + 1)
                        + ", today or later, like 27/4/2027");
            } else {
                dues.add(due.get());
            }
        }
        if (given.isEmpty()) {
            errors.put("actions[0].description", "Enter at least one action for resolution, with a suggested date");
        }
        LocalDate began = null;
        try {
            began = Inputs.dateOr("date", startedOn, "the day stage 3 began", today);
        } catch (FieldValidationException invalid) {
            errors.putAll(invalid.errors());
        }
        Optional<LocalDate> until = Inputs.parse(planUntil);
        if (until.isEmpty()) {
            errors.put("planUntil", "Enter the end of the stage's time plan, like 27/4/2027");
        } else if (began != null && !until.get().isAfter(began)) {
            errors.put("planUntil", "Enter the end of the stage's time plan, after the day the stage began ("
                    + GovUkDates.date(began) + ")");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        LocalDate toldOn = c.toldInPersonOn();
        SupportStage to = c.startFormalStage(3, began, until.get());
        List<Map<String, String>> listed = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            listed.add(Map.of("description", given.get(i).description().strip(), "due", GovUkDates.date(dues.get(i))));
        }
        List<Recipient> to3 = emails.recipients(loaded.a(), List.of(To.APPRENTICE, To.LINE_MANAGER, To.CLIENT_PARTNER));
        c.noted("Sent the stage 3 email to " + emails.sentTo(to3));
        cases.save(c);
        for (int i = 0; i < given.size(); i++) {
            cases.action(c.id(), given.get(i).description().strip(), dues.get(i));
        }
        emails.send(c.id(), loaded.a(), to, "STAGE_3_START", "stage-3", Map.of("toldOn", GovUkDates.date(toldOn),
                        "supportSoFar", supportSoFar.strip(), "reasons", reasons.strip(), "actions", listed,
                        "planUntil", GovUkDates.date(until.get())), to3, user.displayName(), now());
    }

    /**
     * Stages 4 and 5: the previous stage took place and its recommendation email was sent; the stage's own time
     * plan is set before it begins; the introduction email goes from the lead (stage 4) or the head (stage 5).
     */
    void startStage(CurrentUser user, SupportCasePolicy.Loaded loaded, SupportCase c, int n, String startedOn,
            String planUntil, String note) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate began = null;
        LocalDate until = null;
        try {
            began = Inputs.dateOr("date", startedOn, "the day stage " + n + " began", today);
        } catch (FieldValidationException invalid) {
            errors.putAll(invalid.errors());
        }
        if (Inputs.blank(planUntil)) {
            errors.put("planUntil", "Enter the end of the stage " + n + " time plan: your support policy sets it"
                    + " before the stage begins");
        } else {
            until = Inputs.parse(planUntil).orElse(null);
            if (until == null) {
                errors.put("planUntil", "Enter the end of the stage " + n + " time plan as a real date, like"
                        + " 27/4/2027");
            }
        }
        String message = Inputs.blank(note)
                ? "The actions and dates agreed so far still apply; the meetings will check progress on them."
                : Inputs.optional("note", note);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
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
        SupportCasePolicy.Loaded loaded = authorise(user, caseId, Action.HOLD_MEETING);
        SupportCase c = cases.get(loaded.c(), user.displayName());
        StageTable.require(c.stage(), Action.HOLD_MEETING, c.facts());
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

    @Transactional
    public UUID recommend(CurrentUser user, UUID caseId, Integer version, String outcome, String reasons,
            String earlyReason) {
        SupportCasePolicy.Loaded loaded = authorise(user, caseId, Action.RECOMMEND);
        SupportCase c = cases.get(loaded.c(), user.displayName(), version);
        StageTable.require(c.stage(), Action.RECOMMEND, c.facts());
        Map<String, String> errors = new LinkedHashMap<>();
        Outcome chosen = null;
        try {
            chosen = outcome == null ? null : Outcome.valueOf(outcome);
        } catch (IllegalArgumentException unknown) {
            // reported by the case
        }
        Inputs.text(errors, "reasons", reasons, "Enter the reasons for the recommendation");
        if (earlyReason != null && earlyReason.length() > Inputs.TEXT_MAX) {
            errors.put("earlyReason", "Shorten the reason to " + Inputs.TEXT_MAX + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            c.recommendationErrors(chosen, earlyReason).forEach(errors::putIfAbsent);
            throw new FieldValidationException(errors);
        }
        RecommendationRow r = c.recommend(chosen, reasons.strip(), earlyReason);
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
