package waypoint.epa.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    /** The two dates of a completion, read from the form: each a date today or before, achieved on or after both. */
    private record CompletionDates(LocalDate actualEnd, LocalDate achieved) {
    }

    private CompletionDates dates(Map<String, String> errors, EpaView view, String actualEndText, String achievementText) {
        LocalDate today = LocalDate.now(clock);
        LocalDate actualEnd = EpaInput.pastDate(errors, "actualEndDate", actualEndText, "the actual end date", today);
        LocalDate achieved = EpaInput.pastDate(errors, "achievementDate", achievementText, "the achievement date",
                today);
        if (actualEnd != null && achieved != null && achieved.isBefore(actualEnd)) {
            errors.put("achievementDate", "The achievement date must be on or after the actual end date");
        } else if (achieved != null && view.lastGradedOn().filter(achieved::isBefore).isPresent()) {
            errors.put("achievementDate", "The achievement date must be on or after the last graded method, assessed"
                    + " on " + GovUkDates.date(view.lastGradedOn().get()));
        }
        return new CompletionDates(actualEnd, achieved);
    }

    @Transactional
    public void complete(CurrentUser user, UUID id, String actualEndText, String achievementText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        view.record().requireEndPointAssessment();
        Map<String, String> errors = new LinkedHashMap<>();
        CompletionDates d = dates(errors, view, actualEndText, achievementText);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        EpaRecord.Change completed = view.record().complete(d.actualEnd(), d.achieved(),
                view.lastGradedOn().orElse(null), view.gateway(), view.overallGrade());
        if (a.status() != waypoint.enrolment.ApprenticeshipStatus.COMPLETED) {
            transitions.complete(user, id, d.actualEnd(), "Passed the end-point assessment: " + view.overallGrade());
        }
        repository.save(completed);
        emails.toApprenticeAndEmployer("epa-completed:" + id, a, "Apprenticeship completed",
                "Congratulations: the apprenticeship is complete with the grade " + view.overallGrade()
                        + ", achieved on " + GovUkDates.date(d.achieved())
                        + ". The completion certificate will be requested for the apprentice.");
    }

    /**
     * A wrong completion corrected: new actual end and achievement dates, by the person signed in, with the reason;
     * the audit trail keeps the dates before and after, who and why. The apprenticeship stays completed.
     */
    @Transactional
    public void correctCompletion(CurrentUser user, UUID id, String actualEndText, String achievementText,
            String reasonText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        view.record().requireEndPointAssessment();
        Map<String, String> errors = new LinkedHashMap<>();
        CompletionDates d = dates(errors, view, actualEndText, achievementText);
        String reason = EpaInput.required(errors, "reason", reasonText, "Enter why the completion is corrected",
                2000);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        repository.save(view.record().correctCompletion(d.actualEnd(), d.achieved(),
                view.lastGradedOn().orElse(null), user.displayName(), reason));
    }

    @Transactional
    public void certificate(CurrentUser user, UUID id, String requestedText, String receivedText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaRecord record = epa.recordOf(a);
        record.requireEndPointAssessment();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate requested = EpaInput.pastDate(errors, "requestedOn", requestedText,
                "the date the certificate was requested", today);
        LocalDate received = receivedText == null || receivedText.isBlank() ? null
                : EpaInput.pastDate(errors, "receivedOn", receivedText, "the date the certificate arrived", today);
        if (requested != null && received != null && received.isBefore(requested)) {
            errors.put("receivedOn", "The certificate cannot arrive before it was requested");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        repository.save(record.trackCertificate(requested, received));
        if (received != null) {
            emails.toApprenticeAndEmployer("epa-certificate:" + id, a, "Apprenticeship certificate received",
                    "The apprenticeship completion certificate arrived on " + GovUkDates.date(received) + ".");
        }
    }

    @Transactional
    public void progression(CurrentUser user, UUID id, String kindText, String notesText, String heldOnText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaRecord record = epa.recordOf(a);
        record.requireEndPointAssessment();
        Map<String, String> errors = new LinkedHashMap<>();
        Progression kind = null;
        try {
            kind = Progression.valueOf(String.valueOf(kindText));
        } catch (IllegalArgumentException wrong) {
            errors.put("kind", "Choose what comes next");
        }
        LocalDate heldOn = EpaInput.pastDate(errors, "heldOn", heldOnText, "the date of the conversation",
                LocalDate.now(clock));
        String notes = EpaInput.optional(errors, "notes", notesText, 4000);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
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
