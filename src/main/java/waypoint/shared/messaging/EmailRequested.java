package waypoint.shared.messaging;

import java.util.Objects;

/**
 * A module asks for an email to be sent: it writes the subject and body itself (from its own templates, so the
 * words belong to the process that sends them) and keeps its own copy on its record where the process requires
 * it. The notification module listens, stores the email in its outbox once per {@code key} and sends it (or
 * captures it in the default run), retrying through the event publication registry.
 *
 * @param key names this one email (for example {@code "support-case:<id>:stage-3-intro:<recipient>"}), so a
 *            retried listener never sends it twice
 */
public record EmailRequested(String key, String to, String subject, String body) {

    public EmailRequested {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
