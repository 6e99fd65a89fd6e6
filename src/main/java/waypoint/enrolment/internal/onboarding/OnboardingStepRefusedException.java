package waypoint.enrolment.internal.onboarding;

/**
 * A step that cannot be taken yet (a task whose earlier tasks are not complete, starting with tasks left to do):
 * pages show the reason; the API answers 409 with it.
 */
public class OnboardingStepRefusedException extends RuntimeException {

    public OnboardingStepRefusedException(String reason) {
        super(reason);
    }
}
