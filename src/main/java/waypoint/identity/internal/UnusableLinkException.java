package waypoint.identity.internal;

/** An invitation or reset link that has expired, been used, been replaced by a newer one, or never existed. */
public class UnusableLinkException extends RuntimeException {

    public UnusableLinkException() {
        super("This link has expired or has already been used");
    }
}
