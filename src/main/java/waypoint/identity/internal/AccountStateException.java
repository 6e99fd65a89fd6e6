package waypoint.identity.internal;

/** An administrator's action that the account's current state does not allow, such as inviting an active account. */
public class AccountStateException extends RuntimeException {

    public AccountStateException(String message) {
        super(message);
    }
}
