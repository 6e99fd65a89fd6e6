package waypoint.notification.internal;

/** Where an email is on its way out. */
public enum EmailStatus {
    /** Stored, not yet delivered (or a delivery was interrupted): the next attempt delivers it. */
    PENDING,
    /** No mail server is configured (the default run): kept for administrators to read at /dev/mailbox. */
    CAPTURED,
    /** Handed to the mail server. */
    SENT,
    /** The mail server refused it or could not be reached; the event publication registry tries again. */
    FAILED;

    /** Captured and sent emails are done with: a retried event does not deliver them again. */
    public boolean isSettled() {
        return this == CAPTURED || this == SENT;
    }

    public String label() {
        return switch (this) {
            case PENDING -> "Waiting";
            case CAPTURED -> "Captured";
            case SENT -> "Sent";
            case FAILED -> "Failed";
        };
    }
}
