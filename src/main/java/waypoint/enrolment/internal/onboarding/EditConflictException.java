package waypoint.enrolment.internal.onboarding;

/**
 * Someone else saved the same record since this person read it (optimistic locking). Pages show the message above
 * the person's own answers, kept; the API answers 409.
 */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String message) {
        super(message);
    }
}
