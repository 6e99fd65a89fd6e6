package waypoint.shared;

/** A record that does not exist, or that the person asking may not know exists: a 404 page or problem. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
