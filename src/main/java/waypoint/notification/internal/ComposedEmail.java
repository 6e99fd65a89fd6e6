package waypoint.notification.internal;

/** An email written from a template, not yet stored or sent; {@code replyTo} is null for one that asks no reply. */
public record ComposedEmail(String to, String subject, String body, String replyTo) {

    public ComposedEmail(String to, String subject, String body) {
        this(to, subject, body, null);
    }
}
