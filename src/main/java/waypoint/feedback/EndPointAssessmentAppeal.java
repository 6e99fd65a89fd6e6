package waypoint.feedback;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An appeal to the end-point assessment organisation against an EPA result, as the epa module records it (the complaints policy,
 * “Assessment and Accreditation”: apprentices and employers “can appeal directly to the end point assessment
 * organisation following their published appeals/complaints process”). Raised as an assessment appeal by
 * {@link EndPointAssessmentAppeals}; {@code appealBy} is the last day of the EPAO's window, as the epa settings give it.
 */
public record EndPointAssessmentAppeal(UUID apprenticeshipId, UUID learnerId, String epaoName, String method,
        String grade, LocalDate assessedOn, LocalDate lodgedOn, LocalDate appealBy, String grounds) {
}
