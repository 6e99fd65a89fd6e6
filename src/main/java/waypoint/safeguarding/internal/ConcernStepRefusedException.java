package waypoint.safeguarding.internal;

/** A workflow step the concern's status does not allow: a 409 in the API, a message on the page. */
public class ConcernStepRefusedException extends RuntimeException {

    public ConcernStepRefusedException(String reason) {
        super(reason);
    }
}
