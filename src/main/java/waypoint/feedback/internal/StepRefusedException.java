package waypoint.feedback.internal;

/** A change the stage rules do not allow now, with the reason in words: a 409 in the API, a message on the page. */
public class StepRefusedException extends RuntimeException {

    public StepRefusedException(String message) {
        super(message);
    }
}
