package waypoint.delivery.internal;

/** Someone else changed the session since it was shown: the second editor is told, with what they typed kept. */
public class SessionConflictException extends RuntimeException {

    public SessionConflictException() {
        super("Someone else changed this session since you opened it: check it and try again");
    }
}
