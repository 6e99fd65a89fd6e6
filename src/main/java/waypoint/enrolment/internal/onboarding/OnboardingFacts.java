package waypoint.enrolment.internal.onboarding;

import java.util.Map;
import java.util.Set;

/**
 * What has been done so far for one apprenticeship's onboarding, as counted from its tables; {@link TaskStates}
 * turns it into each task's state.
 *
 * @param formTasks                    the form tasks saved so far, each with whether it was marked complete
 * @param englishAndMathsSettled       each subject has initial and diagnostic results or a verified exemption
 * @param initialAssessmentStarted     any result, exemption or answer recorded
 * @param ksbs                         the KSBs of the standard (each rated by both)
 * @param planVersion                  the latest training plan version, 0 when none
 * @param planSignedBy                 who has signed the latest version
 */
public record OnboardingFacts(Map<OnboardingTask, Boolean> formTasks, boolean englishAndMathsSettled,
        boolean initialAssessmentStarted, int ksbs, int learnerRatings, int employerRatings, boolean priorLearningApplied,
        boolean priorLearningDecided, int planVersion, Set<Party> planSignedBy, boolean declarationSigned) {

    public OnboardingFacts {
        formTasks = Map.copyOf(formTasks);
        planSignedBy = Set.copyOf(planSignedBy);
    }
}
