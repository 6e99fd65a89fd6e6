package waypoint.enrolment.internal.apprenticeship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.WithdrawalReason;

/**
 * One entry of an apprenticeship's timeline: what happened, from and to which status, on which date, recorded when
 * and by whom, and why. The fields after {@code reason} belong to particular transitions and are null otherwise.
 */
public record StatusChange(UUID id, UUID apprenticeshipId, Transition transition, ApprenticeshipStatus from,
        ApprenticeshipStatus to, LocalDate effectiveDate, Instant recordedAt, UUID recordedBy, String reason,
        WithdrawalReason withdrawalReason, LocalDate expectedReturnDate, Boolean employerAgreed,
        Boolean employmentEnded, UUID previousEmployerId, UUID newEmployerId, Integer plannedEndMovedDays) {

    static StatusChange of(ApprenticeshipId apprenticeshipId, Transition transition, ApprenticeshipStatus from,
            ApprenticeshipStatus to, LocalDate effectiveDate, Recorded recorded, String reason) {
        return new StatusChange(UUID.randomUUID(), apprenticeshipId.value(), transition, from, to, effectiveDate,
                recorded.at(), recorded.by(), reason, null, null, null, null, null, null, null);
    }

    StatusChange withBreak(LocalDate expectedReturn, boolean agreed, boolean employmentEnded) {
        return new StatusChange(id, apprenticeshipId, transition, from, to, effectiveDate, recordedAt, recordedBy,
                reason, null, expectedReturn, agreed, employmentEnded, null, null, null);
    }

    StatusChange withWithdrawal(WithdrawalReason why) {
        return new StatusChange(id, apprenticeshipId, transition, from, to, effectiveDate, recordedAt, recordedBy,
                reason, why, null, null, null, null, null, null);
    }

    StatusChange withEmployers(UUID previous, UUID next) {
        return new StatusChange(id, apprenticeshipId, transition, from, to, effectiveDate, recordedAt, recordedBy,
                reason, null, null, null, null, previous, next, null);
    }

    StatusChange withPlannedEndMoved(long days) {
        return new StatusChange(id, apprenticeshipId, transition, from, to, effectiveDate, recordedAt, recordedBy,
                reason, null, null, null, null, null, null, Math.toIntExact(days));
    }

    /** When and by whom a change was recorded (the account; null for the system). */
    public record Recorded(Instant at, UUID by) {
    }
}
