package waypoint.enrolment;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.BreakRequest;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.SystemStep;
import waypoint.identity.CurrentUser;

/**
 * The lifecycle moves other modules make: the gateway meeting moves an apprenticeship to Gateway, a booked end-point
 * assessment to End-point assessment, a pass to Completed; a support case may end in a break in learning or a
 * withdrawal. Each move is authorised (the person must manage the apprenticeship: otherwise
 * {@link org.springframework.security.access.AccessDeniedException}, or {@link waypoint.shared.NotFoundException} when
 * they may not see it) and checked by the lifecycle table: a move it does not allow throws
 * {@link ApprenticeshipChangeRefused} with the reason. Each lands on the apprenticeship's timeline and publishes
 * {@link ApprenticeshipStatusChanged}.
 */
@Service
public class ApprenticeshipTransitions {

    private final ApprenticeshipLifecycle lifecycle;

    ApprenticeshipTransitions(ApprenticeshipLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** In learning → Gateway, on the gateway meeting's date. */
    public ApprenticeshipSummary gateway(CurrentUser user, ApprenticeshipId apprenticeshipId, LocalDate date,
            String reason) {
        return lifecycle.gateway(user, apprenticeshipId, date, reason, null);
    }

    /** Gateway → End-point assessment. */
    public ApprenticeshipSummary endPointAssessment(CurrentUser user, ApprenticeshipId apprenticeshipId, LocalDate date,
            String reason) {
        return lifecycle.endPointAssessment(user, apprenticeshipId, date, reason, null);
    }

    /** End-point assessment → Completed, on the actual end date. */
    public ApprenticeshipSummary complete(CurrentUser user, ApprenticeshipId apprenticeshipId, LocalDate date,
            String reason) {
        return lifecycle.complete(user, apprenticeshipId, date, reason, null);
    }

    /** A break in learning agreed with the employer; the expected return must be more than 4 weeks away. */
    public ApprenticeshipSummary takeBreak(CurrentUser user, ApprenticeshipId apprenticeshipId, LocalDate date,
            LocalDate expectedReturn, String reason) {
        return lifecycle.takeBreak(user, apprenticeshipId,
                new BreakRequest(date, expectedReturn, true, false, reason, null));
    }

    /** Withdrawn, with the ILR withdrawal reason. */
    public ApprenticeshipSummary withdraw(CurrentUser user, ApprenticeshipId apprenticeshipId, LocalDate date,
            WithdrawalReason withdrawalReason, String reason) {
        return lifecycle.withdraw(user, apprenticeshipId, date, withdrawalReason, reason, null);
    }

    /** For the system (demo data, scheduled jobs): Gateway → End-point assessment → Completed without a person. */
    public ApprenticeshipSummary systemMove(ApprenticeshipId apprenticeshipId, Step step, LocalDate date,
            String reason) {
        return lifecycle.move(apprenticeshipId, SystemStep.valueOf(step.name()), date, reason);
    }

    /** For the system: a withdrawal a finished process decided (a termination whose appeal window has passed). */
    public ApprenticeshipSummary systemWithdraw(ApprenticeshipId apprenticeshipId, LocalDate date, WithdrawalReason why,
            String reason) {
        return lifecycle.withdraw(apprenticeshipId, date, why, reason);
    }

    /** The moves the system may make. */
    public enum Step {
        START, GATEWAY, END_POINT_ASSESSMENT, COMPLETE
    }
}
