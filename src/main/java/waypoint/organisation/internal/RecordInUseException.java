package waypoint.organisation.internal;

/** A record others depend on cannot be removed (an employer with learners, a line manager of a learner): a 409. */
public class RecordInUseException extends RuntimeException {

    public RecordInUseException(String message) {
        super(message);
    }
}
