package waypoint.epa.internal;

/** A step the EPA table or a rule does not allow now; the message says why. Pages show it; the API answers 409. */
public class EpaRefusedException extends RuntimeException {

    public EpaRefusedException(String reason) {
        super(reason);
    }
}
