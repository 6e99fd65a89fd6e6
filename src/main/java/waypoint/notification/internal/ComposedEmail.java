package waypoint.notification.internal;

/** An email written from a template, not yet stored or sent. */
public record ComposedEmail(String to, String subject, String body) {
}
