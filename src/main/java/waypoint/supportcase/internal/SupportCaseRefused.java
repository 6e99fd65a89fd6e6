package waypoint.supportcase.internal;

/** A step the support policy does not allow now, with the reason (answered 409 in the API, shown on the page). */
public class SupportCaseRefused extends RuntimeException {

    public SupportCaseRefused(String reason) {
        super(reason);
    }
}
