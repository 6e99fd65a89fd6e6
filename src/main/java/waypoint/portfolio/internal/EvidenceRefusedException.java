package waypoint.portfolio.internal;

/** A step the evidence state table (or a portfolio rule) does not allow; the API answers 409 with this message. */
public class EvidenceRefusedException extends RuntimeException {

    public EvidenceRefusedException(String message) {
        super(message);
    }
}
