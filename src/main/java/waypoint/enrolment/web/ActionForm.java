package waypoint.enrolment.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import waypoint.enrolment.WithdrawalReason;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.BreakRequest;
import waypoint.enrolment.internal.apprenticeship.Transition;
import waypoint.shared.validation.DateFields;
import waypoint.shared.validation.DateInput;

/**
 * A lifecycle action's form as typed: when it took effect (the GOV.UK date input), why, and the particulars of a
 * break, a withdrawal, a change of employer or of line manager, in the order the form asks (which the error summary follows). What
 * each action asks is checked here, by its group; whether the move is allowed is the apprenticeship's rule. The
 * version is the one the page showed, so a change someone else made meanwhile is noticed.
 */
@DateFields(prefix = "effective", what = "The date", required = "Enter the date it happened")
@DateFields(prefix = "expectedReturn", what = "The expected return date",
        required = "Enter the date the apprentice expects to return", groups = ActionForm.Break.class)
record ActionForm(String effectiveDay, String effectiveMonth, String effectiveYear, String expectedReturnDay,
        String expectedReturnMonth, String expectedReturnYear, String employerAgreed, String employmentEnded,
        String unapproveHours,
        @NotNull(message = "Select the withdrawal reason", groups = ActionForm.Withdraw.class)
        WithdrawalReason withdrawalReason,
        @NotNull(message = "Select the new employer", groups = ActionForm.ChangeEmployer.class) UUID employerId,
        @NotNull(message = "Select the line manager", groups = ActionForm.ChangeLineManager.class) UUID lineManagerId,
        @NotBlank(message = "Say why",
                groups = {ActionForm.Break.class, ActionForm.Withdraw.class, ActionForm.ChangeEmployer.class})
        String reason,
        Integer version) {

    /** What a break in learning asks besides the date: the expected return and why. */
    interface Break {
    }

    /** What a withdrawal asks besides the date: the ILR's withdrawal reason and why. */
    interface Withdraw {
    }

    /** What a change of employer asks besides the date: the new employer and why. */
    interface ChangeEmployer {
    }

    /** What naming or changing the line manager asks besides the date: who. */
    interface ChangeLineManager {
    }

    static ActionForm at(int version) {
        return new ActionForm(null, null, null, null, null, null, null, null, null, null, null, null, null, version);
    }

    /** The questions the action asks besides the date, as a validation group. */
    static Class<?>[] asks(Transition transition) {
        return switch (transition) {
            case BREAK -> new Class<?>[] {Break.class};
            case WITHDRAW -> new Class<?>[] {Withdraw.class};
            case CHANGE_EMPLOYER -> new Class<?>[] {ChangeEmployer.class};
            case CHANGE_LINE_MANAGER -> new Class<?>[] {ChangeLineManager.class};
            default -> new Class<?>[0];
        };
    }

    LocalDate effectiveDate() {
        return new DateInput(effectiveDay, effectiveMonth, effectiveYear).date().orElseThrow();
    }

    BreakRequest breakRequest() {
        return new BreakRequest(effectiveDate(), new DateInput(expectedReturnDay, expectedReturnMonth,
                expectedReturnYear).date().orElseThrow(), "yes".equals(employerAgreed), "yes".equals(employmentEnded),
                reason, version, "yes".equals(unapproveHours));
    }

    static UUID id(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
