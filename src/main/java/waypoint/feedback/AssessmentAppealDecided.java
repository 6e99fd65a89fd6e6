package waypoint.feedback;

import java.time.LocalDate;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;

/**
 * An appeal raised through {@link EndPointAssessmentAppeals} was closed with its outcome (upheld, partly upheld, not
 * upheld, withdrawn…), published when the case closes so the epa module can show it beside the result.
 */
public record AssessmentAppealDecided(UUID feedbackId, String reference, ApprenticeshipId apprenticeshipId,
        Outcome outcome, String reason, LocalDate decidedOn) {

    /** Upheld in whole or in part: the EPAO's revised grade may follow. */
    public boolean upheld() {
        return outcome == Outcome.UPHELD || outcome == Outcome.PARTLY_UPHELD;
    }
}
