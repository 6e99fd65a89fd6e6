package waypoint.shared.messaging;

import java.util.Objects;

/**
 * A module asks for an email to be sent: it writes the subject and body itself (from its own templates, so the
 * words belong to the process that sends them) and keeps its own copy on its record where the process requires
 * it. The notification module listens, stores the email in its outbox once per {@code key} and sends it (or
 * captures it in the default run), retrying through the event publication registry.
 *
 * @param key     names this one email (for example {@code "support-case:<id>:stage-3-intro:<recipient>"}), so a
 *                retried listener never sends it twice
 * @param replyTo where a reply goes, for an email that asks for one (the person who wrote it), or null; an email
 *                that asks for a reply without naming one gets the provider's reply address
 */
public record EmailRequested(String key, String to, String subject, String body, String replyTo) {

    public EmailRequested {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        replyTo = replyTo == null || replyTo.isBlank() ? null : replyTo.strip();
    }

    /** An email that asks for no reply. */
    public EmailRequested(String key, String to, String subject, String body) {
        this(key, to, subject, body, null);
    }
}
