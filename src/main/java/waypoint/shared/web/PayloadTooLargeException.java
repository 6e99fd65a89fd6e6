package waypoint.shared.web;

/** A request body over the API's size limit. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit / 1024 + " KB.");
    }
}
