package waypoint.identity;

/** An account is invited until its owner sets a password; a disabled account cannot sign in. */
public enum AccountStatus {
    INVITED, ACTIVE, DISABLED
}
