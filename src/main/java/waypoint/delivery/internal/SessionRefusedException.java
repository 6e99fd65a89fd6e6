package waypoint.delivery.internal;

/** A move the session table or a guard beside it does not allow now: a 409 in the API, a message on the page. */
public class SessionRefusedException extends RuntimeException {

    public SessionRefusedException(String message) {
        super(message);
    }
}
