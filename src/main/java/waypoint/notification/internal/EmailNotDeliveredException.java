package waypoint.notification.internal;

import java.util.UUID;

/** The mail server refused an email or could not be reached; thrown so that the send is retried. */
public class EmailNotDeliveredException extends RuntimeException {

    public EmailNotDeliveredException(UUID messageId, Throwable cause) {
        super("Email " + messageId + " was not delivered: " + cause.getMessage(), cause);
    }
}
