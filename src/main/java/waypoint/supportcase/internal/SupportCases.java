package waypoint.supportcase.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipChangeRefused;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.ApprenticeshipTransitions;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;
import waypoint.supportcase.internal.Records.CaseRow;
import waypoint.supportcase.internal.StageTable.Action;

/**
 * Opening a support case and moving it along your support policy's table (docs/domain/support-policy.md): the
 * steps of the case page and the API by the action's name, each authorised for the role the table gives it, taken by
 * the {@link SupportCase} aggregate, saved with its timeline entry and audit event. The formal stages' own commands
 * are in {@link FormalStages}, the appeal's in {@link SupportAppeals}; another policy's ending is here.
 */
@Service
public class SupportCases {

    private final SupportCasePolicy policy;
    private final SupportCaseRepository cases;
    private final SupportCaseStore store;
    private final FormalStages formal;
    private final SupportAppeals appeals;
    private final ApprenticeshipTransitions transitions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SupportCases(SupportCasePolicy policy, SupportCaseRepository cases, SupportCaseStore store, FormalStages formal,
            SupportAppeals appeals, ApprenticeshipTransitions transitions, Clock clock,
            ApplicationEventPublisher events) {
        this.policy = policy;
        this.cases = cases;
        this.store = store;
        this.formal = formal;
        this.appeals = appeals;
        this.transitions = transitions;
        this.clock = clock;
        this.events = events;
    }

    /**
     * What a simple step was given, as its form has checked it (each may be null): a date (told in person, a break's
     * first day, the day a stage began; a break or a stage left without one begins today), an expected return (a
     * break), a note (reasons, a message) and the end of a stage's time plan.
     */
    public record StepInput(LocalDate date, LocalDate expectedReturn, String note, LocalDate planUntil) {

        public static StepInput none() {
            return new StepInput(null, null, null, null);
        }
    }

    // ------------------------------------------------------------------ opening

    /** Refuses someone who may not open a case for the apprenticeship at that stage ("1" or "2"). */
    @Transactional(readOnly = true)
    public ApprenticeshipSummary requireOpen(CurrentUser user, ApprenticeshipId apprenticeshipId, String stage) {
        ApprenticeshipSummary a = policy.requireView(user, apprenticeshipId);
        policy.requireWho(user, a, Who.COACH, "2".equals(stage) ? Action.OPEN_AT_STAGE_2 : Action.OPEN_AT_STAGE_1);
        return a;
    }

    /**
     * Opens a case at stage 1 or 2 ("1" or "2"), for issues that are pastoral, placement or both, for an active
     * apprenticeship without an open case.
     */
    @Transactional
    public UUID open(CurrentUser user, ApprenticeshipId apprenticeshipId, String stage, String kind, String reason) {
        ApprenticeshipSummary a = requireOpen(user, apprenticeshipId, stage);
        Action action = "2".equals(stage) ? Action.OPEN_AT_STAGE_2 : Action.OPEN_AT_STAGE_1;
        store.openOf(apprenticeshipId).ifPresent(open -> {
            throw new SupportCaseRefused("This apprenticeship already has an open support case, at "
                    + open.stage().words().toLowerCase() + ": move it between stages instead");
        });
        if (!a.isActive()) {
            throw new SupportCaseRefused("A support case needs an active apprenticeship; this one is "
                    + a.status().name().toLowerCase().replace('_', ' '));
        }
        SupportCase c = SupportCase.open(apprenticeshipId, action, kind, reason.strip(), user.id(),
                user.displayName(), LocalDate.now(clock), clock.instant());
        cases.save(c);
        events.publishEvent(RecordChanged.created(SupportCase.RECORD, c.id(), a.learnerName() + ": "
                + c.stage().words()));
        return c.id();
    }

    // ------------------------------------------------------------------ the steps of the table by name

    static final Set<Action> SIMPLE = EnumSet.of(Action.MOVE_TO_STAGE_1, Action.MOVE_TO_STAGE_2, Action.CLOSE,
            Action.RECORD_TOLD_IN_PERSON, Action.SEND_RECOMMENDATION_EMAIL, Action.START_STAGE_4,
            Action.START_STAGE_5, Action.EXTEND_STAGE_3, Action.RETURN_TO_STAGE_1, Action.RETURN_TO_STAGE_2,
            Action.RETURN_OFF_SUPPORT, Action.TAKE_BREAK, Action.UPHOLD_APPEAL, Action.DISMISS_APPEAL,
            Action.END_APPRENTICESHIP);

    /**
     * Refuses a step this form cannot take, or someone who may not take it on the case now, before what they typed is
     * read: the same checks as {@link #step}.
     */
    @Transactional(readOnly = true)
    public void requireStep(CurrentUser user, UUID caseId, Action action) {
        SupportCasePolicy.Loaded loaded = authorised(user, caseId, action);
        SupportCase c = cases.get(loaded.c(), user.displayName());
        StageTable.require(c.stage(), action, c.facts());
    }

    @Transactional
    public void step(CurrentUser user, UUID caseId, Action action, Integer version, StepInput input) {
        StepInput in = input == null ? StepInput.none() : input;
        SupportCasePolicy.Loaded loaded = authorised(user, caseId, action);
        SupportCase c = cases.get(loaded.c(), user.displayName(), version);
        StageTable.require(c.stage(), action, c.facts());
        switch (action) {
            case RECORD_TOLD_IN_PERSON -> {
                c.tellInPerson(in.date());
                cases.save(c);
            }
            case SEND_RECOMMENDATION_EMAIL -> formal.sendRecommendationEmail(user, loaded, c);
            case START_STAGE_4 -> formal.startStage(user, loaded, c, 4, in.date(), in.planUntil(), in.note());
            case START_STAGE_5 -> formal.startStage(user, loaded, c, 5, in.date(), in.planUntil(), in.note());
            case TAKE_BREAK -> takeBreak(user, loaded, c, in);
            case EXTEND_STAGE_3 -> {
                c.extendStage3(in.planUntil());
                cases.save(c);
            }
            case UPHOLD_APPEAL, DISMISS_APPEAL -> appeals.decide(user, loaded, c, action, in.note());
            case END_APPRENTICESHIP -> appeals.endApprenticeship(user, loaded, c);
            default -> {
                c.take(action, in.note());
                cases.save(c);
            }
        }
    }

    /** A step this form takes, by someone the table gives it to (or, when none, the coach). */
    private SupportCasePolicy.Loaded authorised(CurrentUser user, UUID caseId, Action action) {
        if (action == null || !SIMPLE.contains(action)) {
            throw new FieldValidationException("action", "Choose a step this form can take");
        }
        SupportCasePolicy.Loaded loaded = policy.load(user, caseId);
        Who who = StageTable.step(loaded.c().stage(), action).map(StageTable.Step::who).orElse(Who.COACH);
        policy.requireWho(user, loaded.a(), who, action);
        return loaded;
    }

    /** A break in learning, recommended by a formal stage and confirmed by email, recorded on the apprenticeship. */
    private void takeBreak(CurrentUser user, SupportCasePolicy.Loaded loaded, SupportCase c, StepInput in) {
        LocalDate start = in.date() == null ? LocalDate.now(clock) : in.date();
        LocalDate back = in.expectedReturn();
        try {
            transitions.takeBreak(user, loaded.a().id(), start, back, "Support case: stage " + c.stage().number()
                    + " recommendation of a break in learning");
        } catch (ApprenticeshipChangeRefused refused) {
            throw new SupportCaseRefused(refused.getMessage());
        }
        c.takeBreak(start, back);
        cases.save(c);
    }

    // ------------------------------------------------------------------ another policy, the employer, actions

    /** What the date an apprenticeship ended under another policy must be. */
    public static final String ENDED_ON = "Enter the date the apprenticeship ended, today or earlier";

    /** Refuses someone who may not end the apprenticeship under another of the provider's policies. */
    @Transactional(readOnly = true)
    public ApprenticeshipSummary requireEndUnderOtherPolicy(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary a = policy.requireView(user, apprenticeshipId);
        policy.requireWho(user, a, Who.HEAD, Action.END_UNDER_OTHER_POLICY);
        return a;
    }

    /**
     * Your support policy: the provider may “apply any of our other policies to end an apprenticeship”: the policy,
     * the day it ended (today or earlier), the withdrawal reason and what happened, as the form has checked them.
     */
    @Transactional
    public UUID endUnderOtherPolicy(CurrentUser user, ApprenticeshipId apprenticeshipId, String policyName,
            LocalDate on,
            WithdrawalReason why, String details) {
        ApprenticeshipSummary a = requireEndUnderOtherPolicy(user, apprenticeshipId);
        LocalDate today = LocalDate.now(clock);
        if (on.isAfter(today)) {
            throw new FieldValidationException("date", ENDED_ON);
        }
        String named = policyName.strip();
        Optional<CaseRow> open = store.openOf(apprenticeshipId);
        SupportCase c = open.map(row -> cases.get(row, user.displayName()))
                .orElseGet(() -> SupportCase.open(apprenticeshipId, Action.END_UNDER_OTHER_POLICY, "BOTH",
                        "Ended under the " + named + " policy", user.id(), user.displayName(), today,
                        clock.instant()));
        StageTable.require(c.stage(), Action.END_UNDER_OTHER_POLICY, c.facts());
        try {
            transitions.withdraw(user, a.id(), on, why, "Ended under the " + named
                    + " policy, without the support stages: " + details.strip());
        } catch (ApprenticeshipChangeRefused refused) {
            throw new SupportCaseRefused(refused.getMessage());
        }
        c.endUnderOtherPolicy(named, on, details.strip());
        cases.save(c);
        return c.id();
    }

    /** The employer's choices (your support policy, Points to note). */
    public static final Map<String, String> EMPLOYER_CHOICES = Map.of(
            "TOGETHER", "Uses this process together with the provider, as part of its performance management",
            "NO_FURTHER_ACTION", "Takes no further action (the apprentice may stay employed in another capacity)",
            "SEPARATELY", "Runs its own performance management separately, alongside this process");

    /** Refuses someone who may not record the employer's choice on the case. */
    @Transactional(readOnly = true)
    public SupportCasePolicy.Loaded requireEmployerPosition(CurrentUser user, UUID caseId) {
        SupportCasePolicy.Loaded loaded = policy.load(user, caseId);
        policy.requireWho(user, loaded.a(), Who.COACH, Action.HOLD_MEETING);
        return loaded;
    }

    /** Records one of {@link #EMPLOYER_CHOICES} and, when given, the employer's actions. */
    @Transactional
    public void employerPosition(CurrentUser user, UUID caseId, String choice, String actions) {
        SupportCasePolicy.Loaded loaded = requireEmployerPosition(user, caseId);
        SupportCase c = cases.get(loaded.c(), user.displayName());
        c.recordEmployerChoice(choice, EMPLOYER_CHOICES.get(choice),
                actions == null || actions.isBlank() ? null : actions.strip());
        cases.save(c);
    }

    @Transactional
    public void actionDone(CurrentUser user, UUID caseId, UUID actionId) {
        SupportCasePolicy.Loaded loaded = policy.load(user, caseId);
        policy.requireWho(user, loaded.a(), Who.COACH, Action.HOLD_MEETING);
        if (!store.actionDone(caseId, actionId, LocalDate.now(clock))) {
            throw new NotFoundException("Action");
        }
        SupportCase c = cases.get(loaded.c(), user.displayName());
        c.actionDone(actionId);
        cases.save(c);
    }
}
