package waypoint.enrolment.internal.apprenticeship;

/** A move the lifecycle table does not allow from the current status: the API answers 409 with the reason. */
public class TransitionRefusedException extends waypoint.enrolment.ApprenticeshipChangeRefused {

    public TransitionRefusedException(String reason) {
        super(reason);
    }
}
