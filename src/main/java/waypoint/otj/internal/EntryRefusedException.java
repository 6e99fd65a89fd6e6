package waypoint.otj.internal;

/** A step the entry state table does not allow; the API answers 409 with this message. */
public class EntryRefusedException extends RuntimeException {

    public EntryRefusedException(String message) {
        super(message);
    }
}
