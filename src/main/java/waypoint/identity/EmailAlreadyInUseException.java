package waypoint.identity;

/** Two accounts cannot share an email address: it is how people sign in. */
public class EmailAlreadyInUseException extends RuntimeException {

    public EmailAlreadyInUseException(String email) {
        super("An account with the email " + email + " already exists");
    }
}
