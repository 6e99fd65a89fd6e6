package waypoint.identity;

/** A change to a grant of external access that its state does not allow, such as ending one already ended. */
public class ExternalAccessRefused extends RuntimeException {

    public ExternalAccessRefused(String message) {
        super(message);
    }
}
