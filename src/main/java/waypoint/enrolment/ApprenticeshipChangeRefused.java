package waypoint.enrolment;

/**
 * A change of status the apprenticeship lifecycle does not allow now (the table or a guard refuses it); the message
 * says why in words a person can act on. Pages show it; APIs answer 409 with it.
 */
public class ApprenticeshipChangeRefused extends RuntimeException {

    public ApprenticeshipChangeRefused(String reason) {
        super(reason);
    }
}
