package waypoint.supportcase.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipChangeRefused;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.ApprenticeshipTransitions;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.CurrentUser;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;
import waypoint.supportcase.internal.Records.CaseRow;
import waypoint.supportcase.internal.StageTable.Action;
import waypoint.supportcase.internal.SupportEmails.To;

/**
 * The appeal against a stage 5 termination and the termination itself (your support policy, Points to note: a
 * 10-working-day appeal, in writing, by the apprentice or the employer, heard by the director): recording the
 * appeal, deciding it, and ending the apprenticeship once the window has passed.
 */
@Service
public class SupportAppeals {

    private final SupportCasePolicy policy;
    private final SupportCaseRepository cases;
    private final SupportCaseStore store;
    private final SupportEmails emails;
    private final ApprenticeshipTransitions transitions;
    private final Clock clock;

    SupportAppeals(SupportCasePolicy policy, SupportCaseRepository cases, SupportCaseStore store, SupportEmails emails,
            ApprenticeshipTransitions transitions, Clock clock) {
        this.policy = policy;
        this.cases = cases;
        this.store = store;
        this.emails = emails;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** What the day a written appeal was received must be. */
    public static final String RECEIVED_ON = "Enter the date the written appeal was received, today or earlier";
    /** Who appealed, when staff record it. */
    public static final String BY = "Choose who appealed: the apprentice or the employer";

    /** Refuses someone who may not record an appeal on the case. */
    @Transactional(readOnly = true)
    public SupportCasePolicy.Loaded requireAppeal(CurrentUser user, UUID caseId) {
        SupportCasePolicy.Loaded loaded = policy.load(user, caseId);
        policy.requireWho(user, loaded.a(), Who.APPELLANT, Action.RECORD_APPEAL);
        return loaded;
    }

    /**
     * Records the appeal, in writing, as its form has checked it: the apprentice and the employer appeal for
     * themselves, today; staff record who appealed ({@code by}) and the day it was received (null for today).
     */
    @Transactional
    public void appeal(CurrentUser user, UUID caseId, String by, LocalDate receivedOn, String text) {
        SupportCasePolicy.Loaded loaded = requireAppeal(user, caseId);
        ApprenticeshipSummary a = loaded.a();
        String appellant = policy.isLearner(user, a) ? "APPRENTICE" : policy.isEmployer(user, a) ? "EMPLOYER" : by;
        if (appellant == null || !Set.of("APPRENTICE", "EMPLOYER").contains(appellant)) {
            throw new FieldValidationException("by", BY);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate received = receivedOn == null || !user.isStaff() ? today : receivedOn;
        if (received.isAfter(today)) {
            throw new FieldValidationException("receivedOn", RECEIVED_ON);
        }
        SupportCase c = cases.get(loaded.c(), user.displayName());
        // in time if received within the window, whenever it is recorded
        c.receiveAppeal(appellant, received, text.strip());
        cases.save(c);
    }

    /**
     * The director upholds or dismisses the appeal, with reasons (as the step's form has checked them), told to
     * everyone the decision concerns.
     */
    void decide(CurrentUser user, SupportCasePolicy.Loaded loaded, SupportCase c, Action action, String note) {
        ApprenticeshipSummary a = loaded.a();
        boolean upheld = action == Action.UPHOLD_APPEAL;
        String decision = upheld ? "Appeal upheld: the termination is withdrawn and the recommendation is made again"
                : "Appeal dismissed: the termination of training provision takes effect";
        LocalDate receivedOn = c.appealReceivedOn();
        if (upheld) {
            c.upholdAppeal(decision, note.strip());
        } else {
            c.dismissAppeal(decision, note.strip());
            withdraw(user, a, "Termination of training provision: stage 5 of your support policy; appeal dismissed");
        }
        var recipients = emails.recipients(a, List.of(To.APPRENTICE, To.LINE_MANAGER, To.COACH, To.HEAD));
        c.noted("Sent the appeal decision to " + emails.sentTo(recipients));
        cases.save(c);
        emails.send(c.id(), a, c.stage(), "APPEAL_DECISION", "appeal-decision", Map.of("decision", decision,
                "reasons", note.strip(), "receivedOn", GovUkDates.date(receivedOn)), recipients, user.displayName(),
                clock.instant());
    }

    /** The director ends the apprenticeship once the appeal window has passed without an appeal. */
    void endApprenticeship(CurrentUser user, SupportCasePolicy.Loaded loaded, SupportCase c) {
        StageTable.require(c.stage(), Action.END_APPRENTICESHIP, c.facts());
        withdraw(user, loaded.a(), "Termination of training provision: stage 5 of your support policy; the appeal"
                + " window closed on " + GovUkDates.date(c.appealDeadline()));
        c.endApprenticeship();
        cases.save(c);
    }

    /** The scheduled job's step: a termination whose appeal window passed without an appeal takes effect. */
    @Transactional
    public boolean endAfterAppealWindow(UUID caseId) {
        CaseRow row = store.find(caseId).orElseThrow();
        SupportCase c = cases.get(row, "Waypoint");
        if (StageTable.whyNot(c.stage(), Action.END_APPRENTICESHIP, c.facts()).isPresent()) {
            return false;
        }
        transitions.systemWithdraw(c.apprenticeshipId(), LocalDate.now(clock),
                WithdrawalReason.OTHER,
                "Termination of training provision: stage 5 of your support policy; the appeal window closed on "
                        + GovUkDates.date(c.appealDeadline()) + " without an appeal");
        c.endApprenticeship();
        cases.save(c);
        return true;
    }

    private void withdraw(CurrentUser user, ApprenticeshipSummary a, String why) {
        try {
            transitions.withdraw(user, a.id(), LocalDate.now(clock), WithdrawalReason.OTHER, why);
        } catch (ApprenticeshipChangeRefused refused) {
            throw new SupportCaseRefused(refused.getMessage());
        }
    }
}
