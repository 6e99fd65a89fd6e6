package waypoint.dataprotection.internal;

/** A step the request's state or the law does not allow now; its message says why, in words for the page. */
public class RequestRefusedException extends RuntimeException {

    public RequestRefusedException(String message) {
        super(message);
    }
}
