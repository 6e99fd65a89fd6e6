package waypoint.epa.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.ApprenticeshipTransitions;
import waypoint.epa.internal.EpaService.EpaView;
import waypoint.identity.CurrentUser;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * The completion's commands (docs/domain/gateway-and-epa.md, “Completion”): completing after an overall pass with a
 * passed gateway, the achievement date on or after the last graded method; correcting a wrong completion by a named
 * person with the reason (audited); the certificate and the conversation about what comes next.
 */
@Service
public class CompletionService {

    private final EpaPolicy policy;
    private final EpaService epa;
    private final ApprenticeshipTransitions transitions;
    private final EpaEmails emails;
    private final EpaRepository repository;
    private final Clock clock;

    CompletionService(EpaPolicy policy, EpaService epa, ApprenticeshipTransitions transitions, EpaEmails emails,
            EpaRepository repository, Clock clock) {
        this.policy = policy;
        this.epa = epa;
        this.transitions = transitions;
        this.emails = emails;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * The two dates of a completion, as the form gave them: each today or before, achieved on or after the actual end
     * and on or after the last graded method.
     */
    private void checkDates(EpaView view, LocalDate actualEnd, LocalDate achieved) {
        LocalDate today = LocalDate.now(clock);
        EpaDates.past("actualEndDate", actualEnd, "the actual end date", today);
        EpaDates.past("achievementDate", achieved, "the achievement date", today);
        if (achieved.isBefore(actualEnd)) {
            throw new FieldValidationException("achievementDate",
                    "The achievement date must be on or after the actual end date");
        }
        if (view.lastGradedOn().filter(achieved::isBefore).isPresent()) {
            throw new FieldValidationException("achievementDate", "The achievement date must be on or after the last"
                    + " graded method, assessed on " + GovUkDates.date(view.lastGradedOn().get()));
        }
    }

    @Transactional
    public void complete(CurrentUser user, ApprenticeshipId id, LocalDate actualEnd, LocalDate achieved) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        view.record().requireEndPointAssessment();
        checkDates(view, actualEnd, achieved);
        EpaRecord.Change completed = view.record().complete(actualEnd, achieved,
                view.lastGradedOn().orElse(null), view.gateway(), view.overallGrade());
        if (a.status() != waypoint.enrolment.ApprenticeshipStatus.COMPLETED) {
            transitions.complete(user, id, actualEnd,
                    "Passed the end-point assessment: " + view.overallGrade());
        }
        repository.save(completed);
        emails.toApprenticeAndEmployer("epa-completed:" + id, a, "Apprenticeship completed",
                "Congratulations: the apprenticeship is complete with the grade " + view.overallGrade()
                        + ", achieved on " + GovUkDates.date(achieved)
                        + ". The completion certificate will be requested for the apprentice.");
    }

    /**
     * A wrong completion corrected: new actual end and achievement dates, by the person signed in, with the reason;
     * the audit trail keeps the dates before and after, who and why. The apprenticeship stays completed.
     */
    @Transactional
    public void correctCompletion(CurrentUser user, ApprenticeshipId id, LocalDate actualEnd, LocalDate achieved,
            String reason) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        view.record().requireEndPointAssessment();
        checkDates(view, actualEnd, achieved);
        repository.save(view.record().correctCompletion(actualEnd, achieved,
                view.lastGradedOn().orElse(null), user.displayName(), reason));
    }

    /** When the certificate was requested and, once it came, when it arrived (not before it was requested). */
    @Transactional
    public void certificate(CurrentUser user, ApprenticeshipId id, LocalDate requested, LocalDate received) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaRecord record = epa.recordOf(a);
        record.requireEndPointAssessment();
        LocalDate today = LocalDate.now(clock);
        EpaDates.past("requestedOn", requested, "the date the certificate was requested", today);
        if (received != null) {
            EpaDates.past("receivedOn", received, "the date the certificate arrived", today);
            if (received.isBefore(requested)) {
                throw new FieldValidationException("receivedOn",
                        "The certificate cannot arrive before it was requested");
            }
        }
        repository.save(record.trackCertificate(requested, received));
        if (received != null) {
            emails.toApprenticeAndEmployer("epa-certificate:" + id, a, "Apprenticeship certificate received",
                    "The apprenticeship completion certificate arrived on " + GovUkDates.date(received) + ".");
        }
    }

    /** The conversation about what comes next, held today or before. */
    @Transactional
    public void progression(CurrentUser user, ApprenticeshipId id, Progression kind, String notes, LocalDate heldOn) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaRecord record = epa.recordOf(a);
        record.requireEndPointAssessment();
        EpaDates.past("heldOn", heldOn, "the date of the conversation", LocalDate.now(clock));
        repository.save(record.recordProgression(kind.name(), notes, heldOn));
    }

    // --- the same steps for the system: a migration from another system, demo data (no person to authorise) ---

    /**
     * A completion, certificate and progression recorded in the previous system: the same guards as a person's
     * (a passed gateway, an overall pass, the achievement date on or after the last graded method).
     */
    @Transactional
    public void importCompletion(ApprenticeshipSummary a, LocalDate actualEnd, LocalDate achieved,
            LocalDate certificateRequested, LocalDate certificateReceived, String progression, String notes,
            LocalDate progressionHeldOn) {
        EpaView view = epa.view(GatewayService.systemUser(), a);
        EpaRecord.Change completed = view.record().complete(actualEnd, achieved, view.lastGradedOn().orElse(null),
                view.gateway(), view.overallGrade());
        if (certificateRequested != null) {
            completed = completed.then(r -> r.trackCertificate(certificateRequested, certificateReceived));
        }
        if (progression != null) {
            completed = completed.then(r -> r.recordProgression(Progression.valueOf(progression).name(), notes,
                    progressionHeldOn));
        }
        repository.save(completed.imported());
    }
}
